using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QipTracker.Infrastructure.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SentBackOn",
                table: "RootCauses",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RootCauseId",
                table: "Escalations",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Steps",
                table: "Escalations",
                type: "TEXT",
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
                UPDATE "Escalations" AS e SET
                    "Steps" = (SELECT json_group_array(json_object('Level', d."Level", 'ReachedOn', d."RaisedOn")) FROM (
                        SELECT d."Level", d."RaisedOn" FROM "Escalations" AS d
                        WHERE d."TrustId" = e."TrustId" AND d."ItemKind" = e."ItemKind" AND d."ItemId" = e."ItemId" AND d."ResolvedOn" IS e."ResolvedOn"
                        ORDER BY CASE d."Level" WHEN 'Owner' THEN 0 WHEN 'IsgChair' THEN 1 WHEN 'AccountableExecutive' THEN 2 ELSE 3 END) AS d),
                    "Told" = (SELECT json_group_array(json_set(n.value, '$.Level', d."Level"))
                        FROM "Escalations" AS d, json_each(COALESCE(d."Told", '[]')) AS n
                        WHERE d."TrustId" = e."TrustId" AND d."ItemKind" = e."ItemKind" AND d."ItemId" = e."ItemId" AND d."ResolvedOn" IS e."ResolvedOn"),
                    "RaisedOn" = (SELECT MIN(d."RaisedOn") FROM "Escalations" AS d
                        WHERE d."TrustId" = e."TrustId" AND d."ItemKind" = e."ItemKind" AND d."ItemId" = e."ItemId" AND d."ResolvedOn" IS e."ResolvedOn"),
                    "DaysOverdue" = (SELECT MIN(d."DaysOverdue") FROM "Escalations" AS d
                        WHERE d."TrustId" = e."TrustId" AND d."ItemKind" = e."ItemKind" AND d."ItemId" = e."ItemId" AND d."ResolvedOn" IS e."ResolvedOn"),
                    "RecoveryPlan" = COALESCE((SELECT d."RecoveryPlan" FROM "Escalations" AS d
                        WHERE d."TrustId" = e."TrustId" AND d."ItemKind" = e."ItemKind" AND d."ItemId" = e."ItemId" AND d."ResolvedOn" IS e."ResolvedOn"
                              AND d."RecoveryPlan" IS NOT NULL ORDER BY d."RecoveryPlanAt" DESC LIMIT 1), e."RecoveryPlan"),
                    "RecoveryPlanBy" = COALESCE((SELECT d."RecoveryPlanBy" FROM "Escalations" AS d
                        WHERE d."TrustId" = e."TrustId" AND d."ItemKind" = e."ItemKind" AND d."ItemId" = e."ItemId" AND d."ResolvedOn" IS e."ResolvedOn"
                              AND d."RecoveryPlan" IS NOT NULL ORDER BY d."RecoveryPlanAt" DESC LIMIT 1), e."RecoveryPlanBy"),
                    "RecoveryPlanAt" = COALESCE((SELECT d."RecoveryPlanAt" FROM "Escalations" AS d
                        WHERE d."TrustId" = e."TrustId" AND d."ItemKind" = e."ItemKind" AND d."ItemId" = e."ItemId" AND d."ResolvedOn" IS e."ResolvedOn"
                              AND d."RecoveryPlan" IS NOT NULL ORDER BY d."RecoveryPlanAt" DESC LIMIT 1), e."RecoveryPlanAt")
                WHERE e."Id" = (SELECT d."Id" FROM "Escalations" AS d
                    WHERE d."TrustId" = e."TrustId" AND d."ItemKind" = e."ItemKind" AND d."ItemId" = e."ItemId" AND d."ResolvedOn" IS e."ResolvedOn"
                    ORDER BY CASE d."Level" WHEN 'Owner' THEN 0 WHEN 'IsgChair' THEN 1 WHEN 'AccountableExecutive' THEN 2 ELSE 3 END DESC, d."Id" LIMIT 1);
                """);
            migrationBuilder.Sql("""
                DELETE FROM "Escalations" WHERE "Steps" IS NULL;
                """);

            // Work already sent back is flagged from the day its comment was written (the audit trail keeps it).
            migrationBuilder.Sql("""
                UPDATE "RootCauses" SET
                    "SentBackOn" = (SELECT date((a."At" - 621355968000000000) / 10000000, 'unixepoch') FROM "AuditEntries" AS a
                        WHERE a."EntityId" = "RootCauses"."Id" AND a."Field" = 'ReviewComment' AND a."After" IS NOT NULL ORDER BY a."At" DESC LIMIT 1),
                    "SentBackBy" = (SELECT a."UserId" FROM "AuditEntries" AS a
                        WHERE a."EntityId" = "RootCauses"."Id" AND a."Field" = 'ReviewComment' AND a."After" IS NOT NULL ORDER BY a."At" DESC LIMIT 1)
                WHERE "Status" = 1 AND "ReviewComment" IS NOT NULL;
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
