using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QipTracker.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EscalationsAndSendBack : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SentBackBy",
                table: "RootCauses",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SentBackOn",
                table: "RootCauses",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RootCauseId",
                table: "Escalations",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Steps",
                table: "Escalations",
                type: "jsonb",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Escalations_TrustId_RootCauseId",
                table: "Escalations",
                columns: new[] { "TrustId", "RootCauseId" });

            // Each escalation's root cause: an action's is looked up, a root cause is its own.
            migrationBuilder.Sql("""
                UPDATE "Escalations" SET "RootCauseId" = CASE WHEN "ItemKind" = 'RootCause' THEN "ItemId"
                    ELSE COALESCE((SELECT a."RootCauseId" FROM "Actions" AS a WHERE a."Id" = "Escalations"."ItemId"), "ItemId") END;
                """);

            // One escalation per item and episode, not a row per rung: the highest rung's row is kept, with every
            // rung reached (day raised) as its steps, everyone told (at their row's rung), the first raise, and the
            // latest recovery plan; the other rows of the episode are then deleted. An episode is the rows about one
            // item resolved on the same day (the job resolved them together), or all its open rows.
            migrationBuilder.Sql("""
                WITH ranked AS (
                    SELECT d.*, CASE d."Level" WHEN 'Owner' THEN 0 WHEN 'IsgChair' THEN 1 WHEN 'AccountableExecutive' THEN 2 ELSE 3 END AS rung
                    FROM "Escalations" AS d)
                UPDATE "Escalations" AS e SET
                    "Steps" = (SELECT jsonb_agg(jsonb_build_object('Level', d."Level", 'ReachedOn', d."RaisedOn") ORDER BY d.rung) FROM ranked AS d
                        WHERE d."TrustId" = e."TrustId" AND d."ItemKind" = e."ItemKind" AND d."ItemId" = e."ItemId" AND d."ResolvedOn" IS NOT DISTINCT FROM e."ResolvedOn"),
                    "Told" = (SELECT COALESCE(jsonb_agg(n.value || jsonb_build_object('Level', d."Level")), '[]'::jsonb)
                        FROM ranked AS d CROSS JOIN LATERAL jsonb_array_elements(COALESCE(d."Told", '[]'::jsonb)) AS n
                        WHERE d."TrustId" = e."TrustId" AND d."ItemKind" = e."ItemKind" AND d."ItemId" = e."ItemId" AND d."ResolvedOn" IS NOT DISTINCT FROM e."ResolvedOn"),
                    "RaisedOn" = (SELECT MIN(d."RaisedOn") FROM ranked AS d
                        WHERE d."TrustId" = e."TrustId" AND d."ItemKind" = e."ItemKind" AND d."ItemId" = e."ItemId" AND d."ResolvedOn" IS NOT DISTINCT FROM e."ResolvedOn"),
                    "DaysOverdue" = (SELECT MIN(d."DaysOverdue") FROM ranked AS d
                        WHERE d."TrustId" = e."TrustId" AND d."ItemKind" = e."ItemKind" AND d."ItemId" = e."ItemId" AND d."ResolvedOn" IS NOT DISTINCT FROM e."ResolvedOn"),
                    "RecoveryPlan" = COALESCE((SELECT d."RecoveryPlan" FROM ranked AS d
                        WHERE d."TrustId" = e."TrustId" AND d."ItemKind" = e."ItemKind" AND d."ItemId" = e."ItemId" AND d."ResolvedOn" IS NOT DISTINCT FROM e."ResolvedOn"
                              AND d."RecoveryPlan" IS NOT NULL ORDER BY d."RecoveryPlanAt" DESC LIMIT 1), e."RecoveryPlan"),
                    "RecoveryPlanBy" = COALESCE((SELECT d."RecoveryPlanBy" FROM ranked AS d
                        WHERE d."TrustId" = e."TrustId" AND d."ItemKind" = e."ItemKind" AND d."ItemId" = e."ItemId" AND d."ResolvedOn" IS NOT DISTINCT FROM e."ResolvedOn"
                              AND d."RecoveryPlan" IS NOT NULL ORDER BY d."RecoveryPlanAt" DESC LIMIT 1), e."RecoveryPlanBy"),
                    "RecoveryPlanAt" = COALESCE((SELECT d."RecoveryPlanAt" FROM ranked AS d
                        WHERE d."TrustId" = e."TrustId" AND d."ItemKind" = e."ItemKind" AND d."ItemId" = e."ItemId" AND d."ResolvedOn" IS NOT DISTINCT FROM e."ResolvedOn"
                              AND d."RecoveryPlan" IS NOT NULL ORDER BY d."RecoveryPlanAt" DESC LIMIT 1), e."RecoveryPlanAt")
                WHERE e."Id" = (SELECT d."Id" FROM ranked AS d
                    WHERE d."TrustId" = e."TrustId" AND d."ItemKind" = e."ItemKind" AND d."ItemId" = e."ItemId" AND d."ResolvedOn" IS NOT DISTINCT FROM e."ResolvedOn"
                    ORDER BY d.rung DESC, d."Id" LIMIT 1);
                """);
            migrationBuilder.Sql("""
                DELETE FROM "Escalations" WHERE "Steps" IS NULL;
                """);

            // Work already sent back is flagged from the day its comment was written (the audit trail keeps it).
            migrationBuilder.Sql("""
                UPDATE "RootCauses" AS r SET
                    "SentBackOn" = (SELECT (a."At" AT TIME ZONE 'UTC')::date FROM "AuditEntries" AS a
                        WHERE a."EntityId" = r."Id" AND a."Field" = 'ReviewComment' AND a."After" IS NOT NULL ORDER BY a."At" DESC LIMIT 1),
                    "SentBackBy" = (SELECT a."UserId" FROM "AuditEntries" AS a
                        WHERE a."EntityId" = r."Id" AND a."Field" = 'ReviewComment' AND a."After" IS NOT NULL ORDER BY a."At" DESC LIMIT 1)
                WHERE r."Status" = 1 AND r."ReviewComment" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Escalations_TrustId_RootCauseId",
                table: "Escalations");

            migrationBuilder.DropColumn(
                name: "SentBackBy",
                table: "RootCauses");

            migrationBuilder.DropColumn(
                name: "SentBackOn",
                table: "RootCauses");

            migrationBuilder.DropColumn(
                name: "RootCauseId",
                table: "Escalations");

            migrationBuilder.DropColumn(
                name: "Steps",
                table: "Escalations");
        }
    }
}
