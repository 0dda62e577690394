using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QipTracker.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BoardPaperContent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BafRisks",
                table: "Trusts",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "StrategicObjectives",
                table: "Trusts",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "AskReason",
                table: "PaperDrafts",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "EqualityStage",
                table: "PaperDrafts",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Stage1");

            migrationBuilder.AddColumn<string>(
                name: "PreviouslyConsideredBy",
                table: "PaperDrafts",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Recommendations",
                table: "PaperDrafts",
                type: "TEXT",
                nullable: true);

            // A recommendation written as text before it became a list is kept as one Note item.
            migrationBuilder.Sql("""
                UPDATE "PaperDrafts" SET "Recommendations" = CASE WHEN "Recommendation" = '' THEN '[]' ELSE json_array(json_object('Verb', 'Note', 'Text', "Recommendation")) END;
                """);

            migrationBuilder.DropColumn(
                name: "Recommendation",
                table: "PaperDrafts");


            migrationBuilder.CreateTable(
                name: "KpiAnnotations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KpiId = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AddedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpiAnnotations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KpiAnnotations_Kpis_KpiId",
                        column: x => x.KpiId,
                        principalTable: "Kpis",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KpiAnnotations_KpiId_On",
                table: "KpiAnnotations",
                columns: new[] { "KpiId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_KpiAnnotations_TrustId",
                table: "KpiAnnotations",
                column: "TrustId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KpiAnnotations");

            migrationBuilder.DropColumn(
                name: "BafRisks",
                table: "Trusts");

            migrationBuilder.DropColumn(
                name: "StrategicObjectives",
                table: "Trusts");

            migrationBuilder.DropColumn(
                name: "AskReason",
                table: "PaperDrafts");

            migrationBuilder.DropColumn(
                name: "EqualityStage",
                table: "PaperDrafts");

            migrationBuilder.DropColumn(
                name: "PreviouslyConsideredBy",
                table: "PaperDrafts");

            migrationBuilder.DropColumn(
                name: "Recommendations",
                table: "PaperDrafts");

            migrationBuilder.AddColumn<string>(
                name: "Recommendation",
                table: "PaperDrafts",
                type: "TEXT",
                maxLength: 8000,
                nullable: false,
                defaultValue: "");
        }
    }
}
