import { formatDate } from "./format";

type Quiz = { id: string; topic: string; score: number; completedAt: Date };

/** Quiz scores over time as a small line chart, with the same figures in a list for screen readers. */
export function QuizChart({ quizzes }: { quizzes: Quiz[] }) {
  if (quizzes.length === 0) return <p className="text-sm text-slate-700">No training quiz taken.</p>;
  const width = 320;
  const height = 80;
  const x = (index: number) => (quizzes.length === 1 ? width / 2 : 8 + (index * (width - 16)) / (quizzes.length - 1));
  const y = (score: number) => height - 6 - (score / 100) * (height - 12);
  const points = quizzes.map((quiz, index) => `${x(index)},${y(quiz.score)}`).join(" ");
  return (
    <>
      <svg viewBox={`0 0 ${width} ${height}`} className="h-20 w-full max-w-sm" aria-hidden="true">
        <line x1="0" x2={width} y1={y(50)} y2={y(50)} className="stroke-slate-200" strokeDasharray="4 4" />
        <polyline points={points} fill="none" className="stroke-blue-700" strokeWidth="2" />
        {quizzes.map((quiz, index) => (
          <circle key={quiz.id} cx={x(index)} cy={y(quiz.score)} r="3" className="fill-blue-700" />
        ))}
      </svg>
      <ol aria-label="Quiz scores, oldest first" className="mt-1 text-sm">
        {quizzes.map((quiz) => (
          <li key={quiz.id}>
            <time dateTime={quiz.completedAt.toISOString()}>{formatDate(quiz.completedAt)}</time>: {quiz.topic}, {quiz.score}/100
          </li>
        ))}
      </ol>
    </>
  );
}
