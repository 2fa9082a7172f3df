import { buildQuestionnaire } from '../../../src/domain/indicators/questionnaire';
import { resolved } from './fixtures';

describe('questionnaire generation', () => {
  it('turns each chosen indicator into an item, in order, with the company filled in', () => {
    // Arrange
    const indicators = resolved(['repurchase-intention', 'selection-time']);
    // Act
    const questionnaire = buildQuestionnaire({
      indicators,
      weights: [0.6, 0.4],
      company: ' Haier ',
      loyalCustomerDefinition: 'Buys often, intends to buy again and to recommend us.',
    });
    // Assert
    expect(questionnaire.company).toBe('Haier');
    expect(questionnaire.loyalCustomerDefinition).toBe('Buys often, intends to buy again and to recommend us.');
    expect(questionnaire.items).toEqual([
      {
        id: 'q1',
        number: 1,
        indicatorId: 'repurchase-intention',
        kind: 'attitudinal',
        label: { en: 'Repurchase intention', 'zh-cn': '重复购买意愿' },
        question: {
          en: 'How likely are you to buy from Haier again?',
          'zh-cn': '您今后再次购买Haier产品的可能性有多大？',
        },
        questionId: 'indicators.repurchase-intention.question',
        scale: { min: 1, max: 5 },
        anchors: 'likelihood',
        anchorLabelIds: { min: 'indicators.anchor.likelihood.min', max: 'indicators.anchor.likelihood.max' },
        reverseScored: false,
        weight: 0.6,
      },
      expect.objectContaining({
        id: 'q2',
        indicatorId: 'selection-time',
        reverseScored: true,
        weight: 0.4,
        anchors: 'time',
      }),
    ]);
  });

  it('can put behavioural items first', () => {
    const indicators = resolved([
      'repurchase-intention',
      'share-of-need',
      'recommendation-intention',
      'brand-attention',
    ]);
    const questionnaire = buildQuestionnaire({
      indicators,
      weights: [0.25, 0.25, 0.25, 0.25],
      company: '',
      order: 'behavioural-first',
    });
    expect(questionnaire.items.map((i) => [i.id, i.indicatorId])).toEqual([
      ['q1', 'share-of-need'],
      ['q2', 'brand-attention'],
      ['q3', 'repurchase-intention'],
      ['q4', 'recommendation-intention'],
    ]);
  });

  it('uses a library indicator’s own scale and a custom indicator’s own wording', () => {
    const indicators = resolved([
      { source: 'library', id: 'recommendation-intention', scale: { min: 0, max: 10 } },
      {
        source: 'custom',
        id: 'custom-app-use',
        name: 'Uses the app',
        kind: 'behavioural',
        direction: 'higher-is-more-loyal',
        scale: { min: 1, max: 7 },
        question: { 'zh-cn': '您经常使用我们的App吗？' },
      },
    ]);
    const questionnaire = buildQuestionnaire({ indicators, weights: [0.5, 0.5], company: 'Acme' });
    expect(questionnaire.items[0]!.scale).toEqual({ min: 0, max: 10 });
    expect(questionnaire.items[1]).toMatchObject({
      scale: { min: 1, max: 7 },
      question: { en: '您经常使用我们的App吗？', 'zh-cn': '您经常使用我们的App吗？' },
      label: { en: 'Uses the app', 'zh-cn': 'Uses the app' },
      questionId: null,
      anchors: 'agreement',
    });
  });
});
