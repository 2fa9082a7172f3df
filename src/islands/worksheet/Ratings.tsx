import { format } from '../../i18n/format';
import { CRITERION_IDS, SCORES } from '../../domain/worksheet/ids';
import { RUBRIC_LEVELS } from '../../domain/worksheet/rubric';
import { peerTotalMean, summariseRater, TOTAL_MAX } from '../../domain/worksheet/raters';
import { LIMITS, type Rating } from '../../domain/worksheet/worksheet';
import { add, change } from '../../stores/worksheet';
import { inputValue, type SectionProps } from './shared';
import { ratingTitles } from './strings';
import { formatNumber } from '../../i18n/numbers';
import type { Locale } from '../../domain/locale';

/**
 * Self and peer ratings on the five criteria. First the raters with their scores so far (the
 * score summary: total out of 25 and mean each, and the peers' mean total); then criterion by
 * criterion the rubric (what 1, 3 and 5 look like) right above everyone's rating of it.
 */
export default function Ratings({
  ratings,
  s,
  disabled,
  announce,
  focus,
  locale,
}: Omit<SectionProps, 'errors'> & { ratings: readonly Rating[]; locale: Locale }) {
  const titles = ratingTitles(s, ratings);
  const results = ratings.map(summariseRater);
  const peerMean = peerTotalMean(results);
  const num = (n: number | null) => formatNumber(n, locale, 1);
  const max = TOTAL_MAX;
  let peers = 0;

  const addPeer = async () => {
    const id = await add('addPeerRating');
    if (id === undefined) return;
    if (id === null) return announce(format(s['worksheet.peersFull'], { max: LIMITS.peers }));
    announce(format(s['worksheet.peerAdded'], { n: peers + 1 }));
    focus(`ws-r-${id}-name`);
  };

  return (
    <section class="ws-section no-print" aria-labelledby="ws-rate-heading">
      <h2 id="ws-rate-heading">{s['worksheet.rate.heading']}</h2>
      <p>{s['worksheet.rate.help']}</p>
      <h3>{s['worksheet.score.heading']}</h3>
      <ul class="ws-raters">
        {ratings.map((r, i) => {
          const id = `ws-r-${r.id}-name`;
          const result = results[i]!;
          const peer = r.by === 'peer' ? ++peers : 0;
          return (
            <li key={r.id}>
              <label for={id}>
                {titles[i]} · {s['worksheet.raterName']}
              </label>
              <input
                type="text"
                id={id}
                maxLength={LIMITS.rater}
                value={r.rater}
                disabled={disabled}
                onInput={(e) => change('setRater', r.id, inputValue(e))}
              />
              {peer > 0 && (
                <button
                  type="button"
                  class="secondary"
                  disabled={disabled}
                  onClick={async () => {
                    await change('removePeerRating', r.id);
                    announce(format(s['worksheet.peerRemoved'], { n: peer }));
                    focus('ws-add-peer');
                  }}
                >
                  {format(s['worksheet.removePeer'], { n: peer })}
                </button>
              )}
              <strong>
                {format(
                  s[
                    result.total !== null
                      ? 'worksheet.score.complete'
                      : result.rated > 0
                        ? 'worksheet.score.partial'
                        : 'worksheet.score.notYet'
                  ],
                  {
                    total: result.total ?? '',
                    max,
                    rated: result.rated,
                    mean: num(result.mean),
                  },
                )}
              </strong>
            </li>
          );
        })}
      </ul>
      {peerMean !== null && <p>{format(s['worksheet.score.peerLine'], { total: num(peerMean), max })}</p>}
      <p>
        <button type="button" class="secondary" id="ws-add-peer" disabled={disabled} onClick={addPeer}>
          {s['worksheet.addPeer']}
        </button>
      </p>

      <h3>{s['worksheet.rubric.heading']}</h3>
      <p class="muted">{s['worksheet.rubric.note']}</p>
      {CRITERION_IDS.map((criterion, ci) => (
        <fieldset class="ws-criterion" key={criterion}>
          <legend>
            {ci + 1}. {s[`worksheet.criterion.${criterion}`]}
          </legend>
          <dl class="ws-rubric">
            {RUBRIC_LEVELS.map((level) => (
              <div key={level}>
                <dt>{s[`worksheet.level.${level}`]}</dt>
                <dd>{s[`worksheet.rubric.${criterion}.${level}`]}</dd>
              </div>
            ))}
          </dl>
          {ratings.map((r, ri) => {
            const name = `ws-r-${r.id}-${criterion}`;
            return (
              <fieldset class="ws-rater" key={r.id}>
                <legend>{titles[ri]}</legend>
                <div class="ws-scores">
                  {SCORES.map((value) => (
                    <label class="ws-score" key={value}>
                      <input
                        type="radio"
                        name={name}
                        checked={r.scores[criterion] === value}
                        disabled={disabled}
                        onChange={() => change('setScore', r.id, criterion, value)}
                      />
                      {value}
                    </label>
                  ))}
                </div>
                <label class="ws-comment-label">
                  {s['worksheet.comment']}
                  <input
                    type="text"
                    class="ws-comment"
                    maxLength={LIMITS.comment}
                    value={r.comments[criterion]}
                    disabled={disabled}
                    onInput={(e) => change('setComment', r.id, criterion, inputValue(e))}
                  />
                </label>
              </fieldset>
            );
          })}
        </fieldset>
      ))}
    </section>
  );
}
