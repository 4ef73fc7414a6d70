export * from './format';
export { parseWheelPack, type WheelPackRules } from './validate';
export { packLanguages, packTextCount, withPackTexts } from './merge';
