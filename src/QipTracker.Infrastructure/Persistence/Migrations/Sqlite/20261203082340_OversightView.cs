using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QipTracker.Infrastructure.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ExitCriteria",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AgreedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EvidenceNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExitCriteria", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OversightGrants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShowOwnerNames = table.Column<bool>(type: "INTEGER", nullable: false),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    GrantedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OversightGrants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OversightMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JoinedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OversightMembers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OversightOrganisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
