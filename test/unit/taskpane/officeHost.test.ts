import { isDarkColour, quietOfficeTelemetry } from "../../../src/taskpane/boot/officeHost";

describe("officeHost", () => {
  it("reads Office's theme colour as dark or light", () => {
    expect(isDarkColour("#1f1f1f")).toBe(true);
    expect(isDarkColour("#ffffff")).toBe(false);
    expect(isDarkColour("not a colour")).toBeUndefined();
  });

  it("stops office.js's telemetry frame from loading in the demo", () => {
    let loaded = 0;
    const endpoint = { loadProxyFrame: () => loaded++ };
    const scope = { OSF: { Logger: { ulsEndpoint: endpoint } }, OSFAppTelemetry: { enableTelemetry: true } };
    quietOfficeTelemetry(scope);
    endpoint.loadProxyFrame();
    expect(loaded).toBe(0);
    expect(scope.OSFAppTelemetry.enableTelemetry).toBe(false);
  });

  it("does nothing where office.js has no such internals", () => {
    expect(() => quietOfficeTelemetry({})).not.toThrow();
    expect(() => quietOfficeTelemetry({ OSF: {} })).not.toThrow();
  });
});
