using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QipTracker.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChangeStamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ChangedAt",
                table: "SprintUpdates",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ChangedAt",
                table: "RootCauses",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ChangedAt",
                table: "Evidence",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ChangedAt",
                table: "Escalations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ChangedAt",
                table: "Actions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

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
                        CAST(strftime('%s', 'now') AS INTEGER) * 10000000 + 621355968000000000);
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
