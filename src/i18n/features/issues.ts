/**
 * The words for the problems every form shares (keys listed in ../issues.ts). Each is a phrase
 * that can follow a place ("Care plan, row 2, Cost: a value is needed"); shown on its own
 * under a field it becomes a sentence ("A value is needed."). Chinese must have exactly the
 * same keys.
 */
import type { IssueKey } from '../issues';

export const issuesEn: Record<IssueKey, string> = {
  'issue.required': 'a value is needed',
  'issue.notANumber': 'not a number',
  'issue.notANumber.value': '“{value}” is not a number',
  'issue.notAnInteger': 'not a whole number',
  'issue.notAnInteger.value': '{value} is not a whole number',
  'issue.notPositive': 'must be more than 0',
  'issue.outOfRange': 'must be between {min} and {max}',
  'issue.outOfRange.value': '{value} is outside the range {min} to {max}',
  'issue.outOfRange.min': 'must be at least {min}',
  'issue.outOfRange.max': 'must be at most {max}',
  'issue.tooShort': 'too short (at least {min} characters)',
  'issue.tooLong': 'too long (at most {max} characters)',
  'issue.tooLong.length': 'too long ({length} characters; at most {max})',
  'issue.notAllowed': '“{value}” is not one of the choices',
  'issue.choose': 'choose one',
};

export const issuesZhCn: Record<IssueKey, string> = {
  'issue.required': '不能为空',
  'issue.notANumber': '不是数字',
  'issue.notANumber.value': '“{value}”不是数字',
  'issue.notAnInteger': '不是整数',
  'issue.notAnInteger.value': '{value} 不是整数',
  'issue.notPositive': '必须大于 0',
  'issue.outOfRange': '必须在 {min} 到 {max} 之间',
  'issue.outOfRange.value': '{value} 超出了 {min} 到 {max} 的范围',
  'issue.outOfRange.min': '不能小于 {min}',
  'issue.outOfRange.max': '不能大于 {max}',
  'issue.tooShort': '太短（至少 {min} 个字符）',
  'issue.tooLong': '太长（最多 {max} 个字符）',
  'issue.tooLong.length': '太长了（{length} 个字符，最多 {max} 个）',
  'issue.notAllowed': '“{value}”不是可选项之一',
  'issue.choose': '请选择一项',
};
