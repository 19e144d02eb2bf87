import type { CreateTableBuilder, Kysely } from "kysely";

const FLOAT = "double precision"; // REAL affinity in SQLite, float8 in PostgreSQL

/** Adds the running-sum columns of an aggregates table (see domain/aggregate.ts). */
function sums(table: CreateTableBuilder<string, string>): CreateTableBuilder<string, string> {
  let t = table
    .addColumn("review_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("verdict_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("positive_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("score_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("score_sum", FLOAT, (c) => c.notNull().defaultTo(0));
  for (let bin = 0; bin < 10; bin++)
    t = t.addColumn(`h${bin}`, "integer", (c) => c.notNull().defaultTo(0));
  return t;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("films")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("title_key", "text", (c) => c.notNull())
    .addColumn("year", "integer")
    .addColumn("imdb_id", "text", (c) => c.unique())
    .addColumn("external_id", "text", (c) => c.unique())
    .addColumn("provisional", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("films_title_key").on("films").column("title_key").execute();

  await db.schema
    .createTable("outlets")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("critics")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("top_critic", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable("reviews")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("film_id", "text", (c) => c.references("films.id"))
    .addColumn("outlet_id", "text", (c) => c.references("outlets.id"))
    .addColumn("critic_id", "text", (c) => c.references("critics.id"))
    .addColumn("url_key", "text", (c) => c.unique())
    .addColumn("text_key", "text", (c) => c.unique())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("title", "text")
    .addColumn("url", "text")
    .addColumn("date", "text")
    .addColumn("top_critic", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("rating_raw", "text")
    .addColumn("rating_kind", "text")
    .addColumn("rating_score", FLOAT)
    .addColumn("score", FLOAT)
    .addColumn("score_source", "text")
    .addColumn("text_score", FLOAT)
    .addColumn("verdict", "text")
    .addColumn("confidence", FLOAT)
    .addColumn("quote", "text")
    .addColumn("analysis", "text", (c) => c.notNull())
    .addColumn("import_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  for (const column of ["film_id", "outlet_id", "critic_id", "created_at"]) {
    await db.schema.createIndex(`reviews_${column}`).on("reviews").column(column).execute();
  }

  await sums(
    db.schema.createTable("film_aggregates").addColumn("film_id", "text", (c) => c.primaryKey()),
  ).execute();
  await sums(
    db.schema
      .createTable("outlet_aggregates")
      .addColumn("outlet_id", "text", (c) => c.primaryKey()),
  ).execute();
  await sums(
    db.schema
      .createTable("critic_aggregates")
      .addColumn("critic_id", "text", (c) => c.primaryKey()),
  ).execute();
  await sums(
    db.schema.createTable("site_aggregates").addColumn("id", "integer", (c) => c.primaryKey()),
  ).execute();

  await db.schema
    .createTable("imports")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("finished_at", "text")
    .addColumn("imported", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("duplicates", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("rejected", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("rejects", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("progress", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "imports",
    "site_aggregates",
    "critic_aggregates",
    "outlet_aggregates",
    "film_aggregates",
    "reviews",
    "critics",
    "outlets",
    "films",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
