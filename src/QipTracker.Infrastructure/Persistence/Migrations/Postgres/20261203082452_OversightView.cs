using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QipTracker.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OversightView : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "OversightOrganisationId",
                table: "PartnerFeedback",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ExitCriteria",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AgreedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EvidenceNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    TrustId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExitCriteria", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OversightGrants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ShowOwnerNames = table.Column<bool>(type: "boolean", nullable: false),
                    GrantedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    GrantedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevokedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    TrustId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OversightGrants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OversightMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    JoinedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OversightMembers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OversightOrganisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OversightOrganisations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExitCriteria_TrustId",
                table: "ExitCriteria",
                column: "TrustId");

            migrationBuilder.CreateIndex(
                name: "IX_OversightGrants_OrganisationId_RevokedAt",
                table: "OversightGrants",
                columns: new[] { "OrganisationId", "RevokedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OversightGrants_TrustId",
                table: "OversightGrants",
                column: "TrustId");

            migrationBuilder.CreateIndex(
                name: "IX_OversightMembers_OrganisationId",
                table: "OversightMembers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_OversightMembers_UserId",
                table: "OversightMembers",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OversightOrganisations_Name",
                table: "OversightOrganisations",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExitCriteria");

            migrationBuilder.DropTable(
                name: "OversightGrants");

            migrationBuilder.DropTable(
                name: "OversightMembers");

            migrationBuilder.DropTable(
                name: "OversightOrganisations");

            migrationBuilder.DropColumn(
                name: "OversightOrganisationId",
                table: "PartnerFeedback");
        }
    }
}
