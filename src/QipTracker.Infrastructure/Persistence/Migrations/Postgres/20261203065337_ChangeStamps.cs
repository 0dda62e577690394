using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QipTracker.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ChangeStamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ChangedAt",
                table: "SprintUpdates",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ChangedAt",
                table: "RootCauses",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ChangedAt",
                table: "Evidence",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ChangedAt",
                table: "Escalations",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ChangedAt",
                table: "Actions",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.CreateIndex(
                name: "IX_SprintUpdates_TrustId_ChangedAt_Id",
                table: "SprintUpdates",
                columns: new[] { "TrustId", "ChangedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_RootCauses_TrustId_ChangedAt_Id",
                table: "RootCauses",
                columns: new[] { "TrustId", "ChangedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Evidence_TrustId_ChangedAt_Id",
                table: "Evidence",
                columns: new[] { "TrustId", "ChangedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Escalations_TrustId_ChangedAt_Id",
                table: "Escalations",
                columns: new[] { "TrustId", "ChangedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Actions_TrustId_ChangedAt_Id",
                table: "Actions",
                columns: new[] { "TrustId", "ChangedAt", "Id" });

            // Existing rows changed when their last audit entry says (every save writes one); a row with none left
            // (its trail compacted away) counts as changed now, so the first incremental pull after the upgrade sees it.
            foreach (var table in new[] { "RootCauses", "Actions", "Evidence", "SprintUpdates", "Escalations" })
                migrationBuilder.Sql($"""
                    UPDATE "{table}" SET "ChangedAt" = COALESCE(
                        (SELECT MAX(a."At") FROM "AuditEntries" AS a WHERE a."EntityId" = "{table}"."Id"),
                        date_trunc('microseconds', now()));
                    """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SprintUpdates_TrustId_ChangedAt_Id",
                table: "SprintUpdates");

            migrationBuilder.DropIndex(
                name: "IX_RootCauses_TrustId_ChangedAt_Id",
                table: "RootCauses");

            migrationBuilder.DropIndex(
                name: "IX_Evidence_TrustId_ChangedAt_Id",
                table: "Evidence");

            migrationBuilder.DropIndex(
                name: "IX_Escalations_TrustId_ChangedAt_Id",
                table: "Escalations");

            migrationBuilder.DropIndex(
                name: "IX_Actions_TrustId_ChangedAt_Id",
                table: "Actions");

            migrationBuilder.DropColumn(
                name: "ChangedAt",
                table: "SprintUpdates");

            migrationBuilder.DropColumn(
                name: "ChangedAt",
                table: "RootCauses");

            migrationBuilder.DropColumn(
                name: "ChangedAt",
                table: "Evidence");

            migrationBuilder.DropColumn(
                name: "ChangedAt",
                table: "Escalations");

            migrationBuilder.DropColumn(
                name: "ChangedAt",
                table: "Actions");
        }
    }
}
