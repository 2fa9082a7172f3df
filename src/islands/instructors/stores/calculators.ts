export { $calculators } from '../../../stores/calculators';
