using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QipTracker.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChangeControlAndApiTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApiTokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastUsedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApiTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BaselineHistory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RootCauseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BaselineDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ChangeRequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BaselineHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BaselineHistory_RootCauses_RootCauseId",
                        column: x => x.RootCauseId,
                        principalTable: "RootCauses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChangeRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RootCauseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ProposedDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProposedOwnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProposedIsgId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MergeRootCauseIds = table.Column<string>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SplitParts = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChangeRequests_RootCauses_RootCauseId",
                        column: x => x.RootCauseId,
                        principalTable: "RootCauses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApiTokens_TokenHash",
                table: "ApiTokens",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiTokens_TrustId",
                table: "ApiTokens",
                column: "TrustId");

            migrationBuilder.CreateIndex(
                name: "IX_ApiTokens_UserId",
                table: "ApiTokens",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_BaselineHistory_RootCauseId_EffectiveFrom",
                table: "BaselineHistory",
                columns: new[] { "RootCauseId", "EffectiveFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_BaselineHistory_TrustId",
                table: "BaselineHistory",
                column: "TrustId");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeRequests_RootCauseId",
                table: "ChangeRequests",
                column: "RootCauseId");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeRequests_TrustId",
                table: "ChangeRequests",
                column: "TrustId");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeRequests_TrustId_Status",
                table: "ChangeRequests",
                columns: new[] { "TrustId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiTokens");

            migrationBuilder.DropTable(
                name: "BaselineHistory");

            migrationBuilder.DropTable(
                name: "ChangeRequests");
        }
    }
}
