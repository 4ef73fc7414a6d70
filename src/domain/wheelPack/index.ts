export * from './format';
export { isTooLarge, parseWheelPack, type WheelPackRules } from './validate';
export { packLanguages, packTextCount, textCount, withPackTexts } from './merge';
export { placeholdersOf } from './placeholders';
