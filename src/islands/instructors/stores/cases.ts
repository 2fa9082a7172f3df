export { $cases } from '../../../stores/cases';
