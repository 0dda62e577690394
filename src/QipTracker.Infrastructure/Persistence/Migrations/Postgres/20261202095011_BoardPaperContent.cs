using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QipTracker.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BoardPaperContent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "BafRisks",
                table: "Trusts",
                type: "text[]",
                nullable: false,
                // Existing trusts start with an empty list (without a default the column cannot be added to them).
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<List<string>>(
                name: "StrategicObjectives",
                table: "Trusts",
                type: "text[]",
                nullable: false,
                // Existing trusts start with an empty list (without a default the column cannot be added to them).
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<string>(
                name: "AskReason",
                table: "PaperDrafts",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "EqualityStage",
                table: "PaperDrafts",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Stage1");

            migrationBuilder.AddColumn<string>(
                name: "PreviouslyConsideredBy",
                table: "PaperDrafts",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Recommendations",
                table: "PaperDrafts",
                type: "jsonb",
                nullable: true);

            // A recommendation written as text before it became a list is kept as one Note item.
            migrationBuilder.Sql("""
                UPDATE "PaperDrafts" SET "Recommendations" = CASE WHEN "Recommendation" = '' THEN '[]'::jsonb ELSE jsonb_build_array(jsonb_build_object('Verb', 'Note', 'Text', "Recommendation")) END;
                """);

            migrationBuilder.DropColumn(
                name: "Recommendation",
                table: "PaperDrafts");


            migrationBuilder.CreateTable(
                name: "KpiAnnotations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    KpiId = table.Column<Guid>(type: "uuid", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    AddedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TrustId = table.Column<Guid>(type: "uuid", nullable: false)
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
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: false,
                defaultValue: "");
        }
    }
}
