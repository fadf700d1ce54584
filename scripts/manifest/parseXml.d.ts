/* Types for parseXml.js: the dependency-free XML parser the manifest checker uses. */

export interface XmlAttribute {
  name: string;
  prefix: string;
  local: string;
  ns: string;
  value: string;
  line: number;
}

export interface XmlElement {
  name: string;
  prefix: string;
  local: string;
  ns: string;
  attributes: XmlAttribute[];
  children: XmlElement[];
  text: string;
  line: number;
  column: number;
  parent: XmlElement | null;
}

export class XmlSyntaxError extends Error {
  line: number;
  column: number;
  element: string | undefined;
}

export function parseXml(source: string): XmlElement;
