/** The WW care-plan worksheet (training task 1): pure data, rules and formats. */
export * from './ids';
export * from './rubric';
export * from './worksheet';
export * from './edit';
export * from './cost';
export * from './raters';
export * from './summary';
export * from './review';
export * from './locate';
export * from './csv';
export * from './file';
export { worksheetSlot } from './slot';
