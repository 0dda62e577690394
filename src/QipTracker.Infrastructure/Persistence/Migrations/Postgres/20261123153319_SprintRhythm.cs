using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QipTracker.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SprintRhythm : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EscalateToChairAfter",
                table: "Trusts",
                type: "integer",
                nullable: false,
                defaultValue: 7);

            migrationBuilder.AddColumn<int>(
                name: "EscalateToEcibAfter",
                table: "Trusts",
                type: "integer",
                nullable: false,
                defaultValue: 21);

            migrationBuilder.AddColumn<int>(
                name: "EscalateToExecutiveAfter",
                table: "Trusts",
                type: "integer",
                nullable: false,
                defaultValue: 14);

            migrationBuilder.AddColumn<int>(
                name: "EscalateToOwnerAfter",
                table: "Trusts",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "RagAtStart",
                table: "SprintScope",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OffTrackSince",
                table: "RootCauses",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FirstSprintNumber",
                table: "Isgs",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SprintsFrom",
                table: "Isgs",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SprintSummaries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SprintId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsgId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Committed = table.Column<int>(type: "integer", nullable: false),
                    Delivered = table.Column<int>(type: "integer", nullable: false),
                    CarriedOver = table.Column<int>(type: "integer", nullable: false),
                    MissingUpdates = table.Column<int>(type: "integer", nullable: false),
                    RagChanges = table.Column<int>(type: "integer", nullable: false),
                    TrajectoryJson = table.Column<string>(type: "text", nullable: false),
                    RagChangesJson = table.Column<string>(type: "text", nullable: false),
                    TrajectoryPng = table.Column<byte[]>(type: "bytea", nullable: false),
                    BurndownPng = table.Column<byte[]>(type: "bytea", nullable: false),
                    TrustId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SprintSummaries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SprintSummaries_Isgs_IsgId",
                        column: x => x.IsgId,
                        principalTable: "Isgs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SprintSummaries_Sprints_SprintId",
                        column: x => x.SprintId,
                        principalTable: "Sprints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SprintSummaries_IsgId",
                table: "SprintSummaries",
                column: "IsgId");

            migrationBuilder.CreateIndex(
                name: "IX_SprintSummaries_SprintId",
                table: "SprintSummaries",
                column: "SprintId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SprintSummaries_TrustId",
                table: "SprintSummaries",
                column: "TrustId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SprintSummaries");

            migrationBuilder.DropColumn(
                name: "EscalateToChairAfter",
                table: "Trusts");

            migrationBuilder.DropColumn(
                name: "EscalateToEcibAfter",
                table: "Trusts");

            migrationBuilder.DropColumn(
                name: "EscalateToExecutiveAfter",
                table: "Trusts");

            migrationBuilder.DropColumn(
                name: "EscalateToOwnerAfter",
                table: "Trusts");

            migrationBuilder.DropColumn(
                name: "RagAtStart",
                table: "SprintScope");

            migrationBuilder.DropColumn(
                name: "OffTrackSince",
                table: "RootCauses");

            migrationBuilder.DropColumn(
                name: "FirstSprintNumber",
                table: "Isgs");

            migrationBuilder.DropColumn(
                name: "SprintsFrom",
                table: "Isgs");
        }
    }
}
