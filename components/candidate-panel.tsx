import type { RecruiterWorkspace } from "@/lib/auth/get-recruiter";
import { explainCriteria } from "@/lib/dashboard/explain-criteria";
import { loadCandidateProfile } from "@/lib/dashboard/load-candidate-profile";
import { getDb } from "@/lib/db";
import { CRITERIA, WEIGHTS } from "@/lib/scoring/weights";
import { CandidateContact } from "./candidate-contact";
import { CandidateElsewhere } from "./candidate-elsewhere";
import { CandidateResponse } from "./candidate-response";
import { CRITERION_LABELS } from "./criterion-label";
import { formatDate, formatScore } from "./format";
import { PanelFrame } from "./panel-frame";
import { QuizChart } from "./quiz-chart";

type Props = { workspace: RecruiterWorkspace; jobId: string; candidateId: string; closeHref: string };

/** The whole profile of a candidate of this job's list, and why each criterion scored what it did. */
export async function CandidatePanel({ workspace, jobId, candidateId, closeHref }: Props) {
  const profile = await loadCandidateProfile(await getDb(), workspace.id, jobId, candidateId);
  if (!profile) {
    return (
      <PanelFrame title="Candidate not found" closeHref={closeHref}>
        <p className="mt-4">This candidate is not in this job&apos;s list.</p>
      </PanelFrame>
    );
  }
  const { candidate, breakdown } = profile;
  const why = explainCriteria(breakdown.evidence, profile.names);

  return (
    <PanelFrame title={candidate.name} closeHref={closeHref}>
      {candidate.headline && <p className="text-slate-700">{candidate.headline}</p>}
      <p className="mt-2 text-sm">
        Match score <strong className="text-lg">{formatScore(breakdown.matchScore)}</strong>
        {profile.rank !== null ? `, ranked #${profile.rank}` : ", not ranked"} · {candidate.yearsOfExperience} years of experience
      </p>
      <CandidateContact email={candidate.email} portfolio={candidate.portfolio} />
      <CandidateResponse response={profile.response} />
      <CandidateElsewhere workspace={workspace.slug} candidateId={candidate.id} matchings={profile.otherMatchings} />
      {candidate.summary && <p className="mt-4 whitespace-pre-line text-sm">{candidate.summary}</p>}
      <p className="mt-3 rounded bg-slate-100 p-3 text-sm">
        {profile.aiReason}
        <span className="block text-xs text-slate-600">
          {profile.aiReasonSource === "GEMINI" ? "Written by Gemini from the evidence" : "Built from the evidence"}
        </span>
      </p>

      <h3 className="mt-5 font-semibold">Why this score</h3>
      <table className="mt-2 w-full text-left text-sm">
        <thead>
          <tr className="text-slate-600">
            <th scope="col" className="py-1 pr-2 font-medium">
              Criterion
            </th>
            <th scope="col" className="py-1 pr-2 font-medium">
              Score
            </th>
            <th scope="col" className="py-1 font-medium">
              Because
            </th>
          </tr>
        </thead>
        <tbody>
          {CRITERIA.map((criterion) => (
            <tr key={criterion} className="border-t border-slate-200 align-top">
              <th scope="row" className="py-1.5 pr-2 font-medium">
                {CRITERION_LABELS[criterion]}
                <span className="block text-xs font-normal text-slate-600">weight {WEIGHTS[criterion]}%</span>
              </th>
              <td className="py-1.5 pr-2 tabular-nums">{breakdown.criteria[criterion]}</td>
              <td className="py-1.5">{why[criterion]}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <Section title="Skills">
        {candidate.skills
          .map(({ skill, spelling }) => (spelling ? `${skill.name} (as ${spelling})` : skill.name))
          .sort()
          .join(", ") || "None"}
      </Section>
      <Section title="Domains">
        {candidate.domains
          .map(({ domain }) => domain.name)
          .sort()
          .join(", ") || "None"}
      </Section>
      <Section title="Experience">
        <List
          empty="No position recorded."
          items={candidate.experiences.map((item) => ({
            id: item.id,
            text:
              `${item.title}${item.company ? `, ${item.company}` : ""}${item.domain ? ` (${item.domain.name})` : ""}: ` +
              `${formatDate(item.startDate)} – ${item.endDate ? formatDate(item.endDate) : "now"}`,
          }))}
        />
      </Section>
      <Section title="Portfolio">
        <List
          empty="No portfolio item."
          items={candidate.portfolio.map((item) => ({
            id: item.id,
            text: `${item.title}${item.skillIds.length > 0 ? ` — ${item.skillIds.map(profile.names.skill).join(", ")}` : ""}`,
          }))}
        />
      </Section>
      <Section title="Technical tests">
        <List
          empty="No technical test."
          items={candidate.technicalTests.map((test) => ({
            id: test.id,
            text: `${test.name}: ${test.score}/100 (${formatDate(test.completedAt)})`,
          }))}
        />
      </Section>
      <Section title="Recruiter feedback">
        <List
          empty="No feedback yet."
          items={candidate.feedbacks.map((item) => ({
            id: item.id,
            text:
              `${"★".repeat(item.rating)}${"☆".repeat(5 - item.rating)} ${item.rating}/5` +
              `${item.comment ? ` — “${item.comment}”` : ""} (${formatDate(item.createdAt)})`,
          }))}
        />
      </Section>
      <Section title="Training quizzes over time">
        <QuizChart quizzes={candidate.quizzes} />
      </Section>
      <Section title="Badges">
        <List
          empty="No badge yet."
          items={candidate.badges.map((badge) => ({ id: badge.id, text: `${badge.name} (${formatDate(badge.awardedAt)})` }))}
        />
      </Section>
    </PanelFrame>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="mt-5">
      <h3 className="font-semibold">{title}</h3>
      <div className="mt-1 text-sm">{children}</div>
    </section>
  );
}

function List({ items, empty }: { items: { id: string; text: string }[]; empty: string }) {
  if (items.length === 0) return <p className="text-slate-700">{empty}</p>;
  return (
    <ul className="list-disc space-y-0.5 pl-5">
      {items.map((item) => (
        <li key={item.id}>{item.text}</li>
      ))}
    </ul>
  );
}
