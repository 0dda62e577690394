using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QipTracker.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SprintsAndEscalations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Escalations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemKind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 25, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OffTrack = table.Column<bool>(type: "INTEGER", nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DaysOverdue = table.Column<int>(type: "INTEGER", nullable: false),
                    RecoveryPlan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecoveryPlanBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecoveryPlanAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResolvedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Told = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Escalations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sprints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sprints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sprints_Isgs_IsgId",
                        column: x => x.IsgId,
                        principalTable: "Isgs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SprintScope",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SprintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CarriedOver = table.Column<bool>(type: "INTEGER", nullable: false),
                    Committed = table.Column<bool>(type: "INTEGER", nullable: false),
                    AddedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RemovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Delivered = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeliveredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SprintScope", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SprintScope_Sprints_SprintId",
                        column: x => x.SprintId,
                        principalTable: "Sprints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SprintUpdates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SprintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RootCauseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Narrative = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ForecastDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OffTrack = table.Column<bool>(type: "INTEGER", nullable: false),
                    KpiValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevisedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Revisions = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SprintUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SprintUpdates_RootCauses_RootCauseId",
                        column: x => x.RootCauseId,
                        principalTable: "RootCauses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SprintUpdates_Sprints_SprintId",
                        column: x => x.SprintId,
                        principalTable: "Sprints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Escalations_TrustId",
                table: "Escalations",
                column: "TrustId");

            migrationBuilder.CreateIndex(
                name: "IX_Escalations_TrustId_ItemId_Level",
                table: "Escalations",
                columns: new[] { "TrustId", "ItemId", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_Escalations_TrustId_ResolvedOn",
                table: "Escalations",
                columns: new[] { "TrustId", "ResolvedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Sprints_IsgId_Number",
                table: "Sprints",
                columns: new[] { "IsgId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sprints_TrustId",
                table: "Sprints",
                column: "TrustId");

            migrationBuilder.CreateIndex(
                name: "IX_SprintScope_SprintId_ItemId",
                table: "SprintScope",
                columns: new[] { "SprintId", "ItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_SprintScope_TrustId",
                table: "SprintScope",
                column: "TrustId");

            migrationBuilder.CreateIndex(
                name: "IX_SprintUpdates_RootCauseId",
                table: "SprintUpdates",
                column: "RootCauseId");

            migrationBuilder.CreateIndex(
                name: "IX_SprintUpdates_SprintId_RootCauseId",
                table: "SprintUpdates",
                columns: new[] { "SprintId", "RootCauseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SprintUpdates_TrustId",
                table: "SprintUpdates",
                column: "TrustId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Escalations");

            migrationBuilder.DropTable(
                name: "SprintScope");

            migrationBuilder.DropTable(
                name: "SprintUpdates");

            migrationBuilder.DropTable(
                name: "Sprints");
        }
    }
}
