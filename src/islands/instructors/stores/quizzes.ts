export { $quizzes } from '../../../stores/quizzes';
