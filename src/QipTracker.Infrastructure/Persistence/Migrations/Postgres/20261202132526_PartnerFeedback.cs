using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QipTracker.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PartnerFeedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PartnerFeedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingOn = table.Column<DateOnly>(type: "date", nullable: false),
                    From = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Said = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Response = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    TrustId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerFeedback", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerFeedback_TrustId",
                table: "PartnerFeedback",
                column: "TrustId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerFeedback_TrustId_MeetingOn",
                table: "PartnerFeedback",
                columns: new[] { "TrustId", "MeetingOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PartnerFeedback");
        }
    }
}
