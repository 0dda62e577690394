using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QipTracker.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KpisAndPapers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GeneratedPapers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    GeneratedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    GeneratedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ContentJson = table.Column<string>(type: "TEXT", nullable: false),
                    DocxKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DocxBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    PdfKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PdfBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    RegeneratedFrom = table.Column<Guid>(type: "TEXT", nullable: true),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GeneratedPapers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Kpis",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Definition = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    DataSource = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DataQuality = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    IsgId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Domain = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    RebaseAt = table.Column<string>(type: "TEXT", nullable: false),
                    FixLimitsAfter = table.Column<int>(type: "INTEGER", nullable: true),
                    ScreenOutliers = table.Column<bool>(type: "INTEGER", nullable: false),
                    SustainPeriods = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Targets = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kpis", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Kpis_Isgs_IsgId",
                        column: x => x.IsgId,
                        principalTable: "Isgs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PaperDrafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Meeting = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PaperTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    MeetingDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ResponsibleDirector = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExecutiveSummary = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    BoardAskedTo = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LinkedCqcDomains = table.Column<string>(type: "TEXT", nullable: false),
                    StrategicObjectives = table.Column<string>(type: "TEXT", nullable: false),
                    BafRisks = table.Column<string>(type: "TEXT", nullable: false),
                    EqualityImpact = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FoiStatus = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Recommendation = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsgCommentaries = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaperDrafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KpiMeasurements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KpiId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    EnteredBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    EnteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpiMeasurements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KpiMeasurements_Kpis_KpiId",
                        column: x => x.KpiId,
                        principalTable: "Kpis",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GeneratedPapers_TrustId",
                table: "GeneratedPapers",
                column: "TrustId");

            migrationBuilder.CreateIndex(
                name: "IX_GeneratedPapers_TrustId_Month",
                table: "GeneratedPapers",
                columns: new[] { "TrustId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_KpiMeasurements_KpiId_Period",
                table: "KpiMeasurements",
                columns: new[] { "KpiId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KpiMeasurements_TrustId",
                table: "KpiMeasurements",
                column: "TrustId");

            migrationBuilder.CreateIndex(
                name: "IX_Kpis_IsgId",
                table: "Kpis",
                column: "IsgId");

            migrationBuilder.CreateIndex(
                name: "IX_Kpis_TrustId",
                table: "Kpis",
                column: "TrustId");

            migrationBuilder.CreateIndex(
                name: "IX_Kpis_TrustId_Code",
                table: "Kpis",
                columns: new[] { "TrustId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaperDrafts_TrustId",
                table: "PaperDrafts",
                column: "TrustId");

            migrationBuilder.CreateIndex(
                name: "IX_PaperDrafts_TrustId_Month",
                table: "PaperDrafts",
                columns: new[] { "TrustId", "Month" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GeneratedPapers");

            migrationBuilder.DropTable(
                name: "KpiMeasurements");

            migrationBuilder.DropTable(
                name: "PaperDrafts");

            migrationBuilder.DropTable(
                name: "Kpis");
        }
    }
}
