/** The progress dashboard: completion, flashcards, cases, stories, readiness per round and the next best step. */
import { useMemo, useState } from 'react';
import { isLive, type CardState } from '../../lib/app-state';
import {
  READINESS_EXPLAINED,
  completedLessonIds,
  nextBestStep,
  readiness,
  retention,
  reviewHeatmap,
  trackCompletion,
  continueLesson,
  type LessonRef,
} from '../../lib/progress-summary';
import { buildQueue } from '../../lib/review-queue';
import { withBase } from '../../lib/routes';
import { useAppState } from '../shared/use-app-store';
import StorageNotices from '../shared/StorageNotices';
import ReviewHeatmap from './ReviewHeatmap';
import SkillsAssessment from './SkillsAssessment';
import ProgressTransfer from './ProgressTransfer';
import { finishedAttempts, userStories, type CaseRef } from './derive';
import './progress.css';

interface Props {
  tracks: { id: string; title: string; url: string }[];
  lessons: (LessonRef & { minutes: number })[];
  cases: CaseRef[];
  /** Every card id, and the system-design ones, for due counts and readiness. */
  cardIds: string[];
  designCardIds: string[];
  appVersion: string;
}

export default function Dashboard({ tracks, lessons, cases, cardIds, designCardIds, appVersion }: Props) {
  const hydrated = useAppState((s) => s.hydrated);
  const saved = useAppState((s) => s.saved);
  const [now] = useState(() => new Date());

  const view = useMemo(() => {
    const completed = completedLessonIds(saved.lessons);
    const completion = trackCompletion(tracks.map((t) => t.id), lessons, completed);
    const due = buildQueue({ cardIds, cards: saved.cards, now, newCardsPerDay: 0 }).due.length;
    const attempts = finishedAttempts(saved, cases);
    const stories = userStories(saved);
    const learnedDesign = designCardIds.filter((id) => {
      const card = saved.cards[id];
      return card && isLive(card) && (card as CardState).state !== 0;
    }).length;
    const rounds = readiness({
      trackShare: Object.fromEntries(completion.map((c) => [c.track, c.share])),
      completed,
      attempts,
      stories,
      designCardsLearned: designCardIds.length ? learnedDesign / designCardIds.length : 0,
    });
    const weakest = [...rounds].sort((a, b) => a.score - b.score)[0];
    const hasPlan = Boolean(saved.plan['current'] && isLive(saved.plan['current']));
    const step = nextBestStep({ dueCards: due, weakest, continueWith: continueLesson(lessons, saved.lessons), hasPlan });
    const reviewedCards = Object.values(saved.cards).filter((c) => isLive(c) && (c as CardState).state !== 0).length;
    const averageScore = attempts.length ? attempts.reduce((sum, a) => sum + a.averageScore, 0) / attempts.length : undefined;
    return { completed, completion, due, attempts, stories, rounds, step, reviewedCards, averageScore, retention: retention(saved.reviews, now), heatmap: reviewHeatmap(saved.reviews, now) };
  }, [saved, tracks, lessons, cases, cardIds, designCardIds, now]);

  if (!hydrated) return <p>Loading your progress…</p>;
  const trackTitle = (id: string) => tracks.find((t) => t.id === id);
  const stepUrl = view.step.url ? withBase(view.step.url) : undefined;

  return (
    <div className="dashboard">
      <StorageNotices />
      <section aria-labelledby="next-heading">
        <h2 id="next-heading">Next best step</h2>
        <p className="next-step">{stepUrl ? <a href={stepUrl}>{view.step.text}</a> : view.step.text}</p>
      </section>

      <section aria-labelledby="readiness-heading">
        <h2 id="readiness-heading">Readiness by round</h2>
        <ul className="readiness-list">
          {view.rounds.map((round) => (
            <li key={round.round}>
              <span id={`ready-${round.round}`}>{round.title}</span>
              <progress className="progress-bar" max={100} value={round.score} aria-labelledby={`ready-${round.round}`} />
              <span>{round.score}%</span>
            </li>
          ))}
        </ul>
        <p className="meta">How this is computed: {READINESS_EXPLAINED}</p>
      </section>

      <section aria-labelledby="lessons-heading">
        <h2 id="lessons-heading">Lessons</h2>
        <p>
          {view.completed.size} of {lessons.length} lessons complete.
        </p>
        <ul className="readiness-list">
          {view.completion.map((c) => (
            <li key={c.track}>
              <a id={`track-${c.track}`} href={trackTitle(c.track)?.url}>
                {trackTitle(c.track)?.title}
              </a>
              <progress className="progress-bar" max={c.total || 1} value={c.done} aria-labelledby={`track-${c.track}`} />
              <span>
                {c.done}/{c.total}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="cards-heading">
        <h2 id="cards-heading">Flashcards</h2>
        <dl className="stat-grid">
          <div>
            <dt>Due today</dt>
            <dd>{view.due}</dd>
          </div>
          <div>
            <dt>Cards studied</dt>
            <dd>
              {view.reviewedCards} of {cardIds.length}
            </dd>
          </div>
          <div>
            <dt>Retention (30 days)</dt>
            <dd>{view.retention === undefined ? '–' : `${Math.round(view.retention * 100)}%`}</dd>
          </div>
        </dl>
        <ReviewHeatmap days={view.heatmap} />
        <p>
          <a href={withBase('/flashcards/review/')}>Review what is due</a>
        </p>
      </section>

      <section aria-labelledby="cases-heading">
        <h2 id="cases-heading">Cases and stories</h2>
        <dl className="stat-grid">
          <div>
            <dt>Case attempts</dt>
            <dd>{view.attempts.length}</dd>
          </div>
          <div>
            <dt>Average rubric score</dt>
            <dd>{view.averageScore === undefined ? '–' : `${view.averageScore.toFixed(1)} / 4`}</dd>
          </div>
          <div>
            <dt>Stories written</dt>
            <dd>{view.stories.length}</dd>
          </div>
        </dl>
        <p>
          <a href={withBase('/practice/')}>Practise a case</a> · <a href={withBase('/tools/story-bank/')}>Write a story</a>
        </p>
      </section>

      <section aria-labelledby="skills-heading">
        <h2 id="skills-heading">Skills self-assessment</h2>
        <SkillsAssessment lessons={lessons} completed={view.completed} />
      </section>

      <section aria-labelledby="transfer-heading">
        <h2 id="transfer-heading">Your data</h2>
        <ProgressTransfer appVersion={appVersion} />
      </section>
    </div>
  );
}
