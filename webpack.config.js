/* Builds the shared runtime: one page (taskpane.html) hosting the task pane, the custom functions and the
   ribbon commands, plus functions.json from JSDoc tags, the manifest and the icons. No network is used. */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { functionFiles } = require("./scripts/function-files");

const DEV_URL = "https://localhost:3000/";

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const prodUrl = env.url || process.env.BO_PRODUCTION_URL || "https://back-office-toolkit.example.com/";
  if (!dev && !/^https:\/\/[^\s]+\/$/.test(prodUrl)) {
    throw new Error(`Production URL must be https and end with "/": ${prodUrl}`);
  }
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/index.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: functionFiles, output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : content.toString().split(DEV_URL).join(prodUrl)),
          },
        ],
      }),
    ],
  };
};
