export { $worksheet } from '../../../stores/worksheet';
export { worksheetTotals } from '../../../domain/instructors/worksheet-totals';
