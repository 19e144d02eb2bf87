import { type Kysely, sql } from "kysely";

/**
 * `review_reports`: what readers say is wrong with a review as the site reads it (its film,
 * verdict, quote, aspects, or something else; domain/report.ts), each with an optional note,
 * open until an admin corrects the review or dismisses the report. One open report per review
 * and reader; the open ones are indexed for the admin's list (/admin/checks?list=reported).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("review_reports")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("review_id", "text", (c) => c.notNull())
    .addColumn("reader_id", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("closed_at", "text")
    .addColumn("closed_by", "text")
    .addColumn("outcome", "text")
    .execute();
  await sql`create unique index review_reports_one_open
    on review_reports (review_id, reader_id) where closed_at is null`.execute(db);
  await sql`create index review_reports_open
    on review_reports (created_at) where closed_at is null`.execute(db);
  await db.schema
    .createIndex("review_reports_reader")
    .on("review_reports")
    .column("reader_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("review_reports").execute();
}
