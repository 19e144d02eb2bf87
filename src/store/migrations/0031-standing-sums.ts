import { type Kysely, sql } from "kysely";

/**
 * Standing as running sums (standing v3):
 * - on each critic's and outlet's sums, `standing_lean_sum` (Σ score − the mean of the film's
 *   other scores), `standing_scored`, `standing_agreeing` and `standing_verdicts`, each review's
 *   terms measured against its film's figures as recorded on the film;
 * - on each film's sums, `standing_*`: the figures its reviews' terms were last measured
 *   against. A film whose figures moved since is noted in `standing_due` (with when: the
 *   longest waiting first) and its reviews' terms are measured again
 *   (src/store/standing.repository.ts).
 * Existing databases are brought to that state here: every film's figures recorded, every
 * source's sums and standing computed from its reviews.
 */
const SOURCES = [
  { sums: "critic_aggregates", key: "critic_id", stats: "critic_stats" },
  { sums: "outlet_aggregates", key: "outlet_id", stats: "outlet_stats" },
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  // When a film was noted as due: the longest waiting are corrected first.
  await db.schema
    .alterTable("standing_due")
    .addColumn("noted", "double precision", (c) => c.notNull().defaultTo(0))
    .execute();
  for (const column of ["score_sum", "score_count", "positive_count", "verdict_count"])
    await db.schema
      .alterTable("film_aggregates")
      .addColumn(
        `standing_${column}`,
        column === "score_sum" ? "double precision" : "integer",
        (c) => c.notNull().defaultTo(0),
      )
      .execute();
  for (const { sums } of SOURCES)
    for (const [column, type] of [
      ["standing_lean_sum", "double precision"],
      ["standing_scored", "integer"],
      ["standing_agreeing", "integer"],
      ["standing_verdicts", "integer"],
    ] as const)
      await db.schema
        .alterTable(sums)
        .addColumn(column, type, (c) => c.notNull().defaultTo(0))
        .execute();

  await sql`update film_aggregates set standing_score_sum = score_sum,
    standing_score_count = score_count, standing_positive_count = positive_count,
    standing_verdict_count = verdict_count`.execute(db);
  for (const { sums, key, stats } of SOURCES) {
    const table = sql.table(sums);
    const id = sql.ref(`r.${key}`);
    await sql`update ${table} set standing_lean_sum = s.lean, standing_scored = s.n
      from (select ${id} as id, sum(r.score - (fa.score_sum - r.score) / (fa.score_count - 1)) as lean,
                   count(*) as n
            from reviews r join film_aggregates fa on fa.film_id = r.film_id
            where ${id} is not null and r.score is not null and fa.score_count >= 2
            group by ${id}) s
      where ${table}.${sql.ref(key)} = s.id`.execute(db);
    await sql`update ${table} set standing_agreeing = s.agree, standing_verdicts = s.n
      from (select ${id} as id, count(*) as n,
                   sum(case when (r.verdict = 'positive') =
                     ((fa.positive_count - case when r.verdict = 'positive' then 1 else 0 end) * 2 >= fa.verdict_count - 1)
                   then 1 else 0 end) as agree
            from reviews r join film_aggregates fa on fa.film_id = r.film_id
            where ${id} is not null and r.verdict is not null and fa.verdict_count >= 2
            group by ${id}) s
      where ${table}.${sql.ref(key)} = s.id`.execute(db);
    // Standing as the sums say it (standingFigures' rounding: half up).
    await sql`update ${sql.table(stats)} set scored_count = s.standing_scored,
        leniency = case when s.standing_scored > 0
          then floor(s.standing_lean_sum * 10 / (s.standing_scored + 10) + 0.5) / 10 end,
        agreement = case when s.standing_verdicts > 0
          then floor(1000.0 * s.standing_agreeing / s.standing_verdicts + 0.5) / 1000 end
      from ${table} s where s.${sql.ref(key)} = ${sql.table(stats)}.id`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const { sums } of SOURCES)
    for (const column of [
      "standing_lean_sum",
      "standing_scored",
      "standing_agreeing",
      "standing_verdicts",
    ])
      await db.schema.alterTable(sums).dropColumn(column).execute();
  for (const column of ["score_sum", "score_count", "positive_count", "verdict_count"])
    await db.schema.alterTable("film_aggregates").dropColumn(`standing_${column}`).execute();
  await db.schema.alterTable("standing_due").dropColumn("noted").execute();
}
