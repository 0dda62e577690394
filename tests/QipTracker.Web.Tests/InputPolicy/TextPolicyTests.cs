using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.InputPolicy;

/// <summary>
/// One input policy for every text field, through the API (issue 10): characters no text may hold are refused with a
/// message naming the field, wherever the field sits (top level, a nested record, a list item); each kind of field is
/// held to its named length limit, any string to the catch-all, any list to the list limit; file names may not hold
/// text-direction controls.
/// </summary>
public abstract class TextPolicyTests(QipAppFactory app)
{
    private Task<TestTrust> NewTrust() => TestTrust.CreateAsync(app.Services, $"Txt {Guid.NewGuid():N}"[..12]);

    [Theory]
    [InlineData("Unscheduled\0 Care", "U+0000", 12)]
    [InlineData("Unscheduled Care\uFFFF", "U+FFFF", 17)]
    [InlineData("Unscheduled\u001B[31m Care", "U+001B", 12)]
    public async Task A_name_holding_a_character_no_text_may_hold_is_refused_naming_the_field(string name, string code, int at)
    {
        var pmo = await app.SignedInAsync((await NewTrust())[TrustRole.Pmo]);

        var errors = await (await pmo.PostJsonAsync("/api/v1/isgs", new { name, cadence = "Fortnightly", memberIds = Array.Empty<Guid>() })).ErrorsAsync();

        Assert.Equal($"Name holds the control character {code} at character {at}; only tab, line feed and carriage return may be used.", errors.Single("Name"));
    }

    [Fact]
    public async Task Tabs_and_line_breaks_are_ordinary_text()
    {
        var trust = await NewTrust();
        var owner = await app.SignedInAsync(trust[TrustRole.RootCauseOwner]);

        var response = await owner.PostJsonAsync($"/api/v1/root-causes/{trust.RootCauseIds[0]}/evidence/note",
            new { title = "Ward audit", whatItShows = "Line one\r\nLine two\n\tindented" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Fields_inside_records_and_lists_are_named_by_their_path()
    {
        var trust = await NewTrust();
        var pmo = await app.SignedInAsync(trust[TrustRole.Pmo]);
        var rootCause = trust.RootCauseIds[0];

        var sbar = await (await pmo.PutAsJsonAsync($"/api/v1/root-causes/{rootCause}/sbar",
            new { sbar = new { situation = "Bell\u0007", background = "", assessment = "", recommendation = "" }, version = 0 })).ErrorsAsync();
        var inspection = await (await pmo.PostJsonAsync("/api/v1/inspections", new
        {
            title = "Core services inspection", startedOn = "2026-03-10", endedOn = "2026-03-12", publishedOn = (string?)null, overallRating = (string?)null,
            ratings = Array.Empty<object>(),
            notices = new[] { new { kind = "Section29AWarning", receivedOn = "2026-03-24", summary = "Fine" }, new { kind = "Section31Conditions", receivedOn = "2026-03-25", summary = "Bad\u0002" } },
        })).ErrorsAsync();

        Assert.StartsWith("Sbar.Situation holds the control character U+0007 at character 5;", sbar.Single("Sbar.Situation"));
        Assert.StartsWith("Notices[1].Summary holds the control character U+0002 at character 4;", inspection.Single("Notices[1].Summary"));
    }

    [Fact]
    public async Task Each_kind_of_field_is_held_to_its_named_limit()
    {
        var trust = await NewTrust();
        var pmo = await app.SignedInAsync(trust[TrustRole.Pmo]);
        var owner = await app.SignedInAsync(trust[TrustRole.RootCauseOwner]);

        var name = await (await pmo.PostJsonAsync("/api/v1/isgs", new { name = new string('n', 201), cadence = "Fortnightly", memberIds = Array.Empty<Guid>() })).ErrorsAsync();
        var reference = await (await pmo.PostJsonAsync("/api/v1/findings", Finding(new string('r', 41), "The trust must act."))).ErrorsAsync();
        var text = await (await pmo.PostJsonAsync("/api/v1/findings", Finding("MD-9", new string('t', 4001)))).ErrorsAsync();
        var title = await (await owner.PostJsonAsync($"/api/v1/root-causes/{trust.RootCauseIds[0]}/evidence/note",
            new { title = new string('i', 301), whatItShows = "An audit" })).ErrorsAsync();
        var longText = await (await pmo.PutAsJsonAsync("/api/v1/board-papers/drafts/2026-10", Draft(commentary: new string('l', 8001)))).ErrorsAsync();

        Assert.Equal("The length of 'Name' must be 200 characters or fewer. You entered 201 characters.", name.Single("Name"));
        Assert.Contains("40 characters or fewer", reference.Single("Fields.Reference"));
        Assert.Contains("4000 characters or fewer", text.Single("Fields.Text"));
        Assert.Contains("300 characters or fewer", title.Single("Title"));
        Assert.Equal("An ISG commentary may have at most 8000 characters.", longText.Single("Fields.IsgCommentaries[0]"));
    }

    [Fact]
    public async Task A_five_megabyte_notice_is_refused_by_its_limit_and_by_the_catch_all()
    {
        var pmo = await app.SignedInAsync((await NewTrust())[TrustRole.Pmo]);

        var errors = await (await pmo.PostJsonAsync("/api/v1/inspections", new
        {
            title = "Core services inspection", startedOn = "2026-03-10", endedOn = "2026-03-12", publishedOn = (string?)null, overallRating = (string?)null,
            ratings = Array.Empty<object>(),
            notices = new[] { new { kind = "Section29AWarning", receivedOn = "2026-03-24", summary = new string('x', 5 * 1024 * 1024) } },
        })).ErrorsAsync();

        Assert.Equal(
        [
            "Notices[0].Summary is 5,242,880 characters long; at most 20,000 are accepted.",
            "The length of 'Summary' must be 4000 characters or fewer. You entered 5242880 characters.",
        ], errors["Notices[0].Summary"]);
    }

    [Fact]
    public async Task Any_string_is_held_to_the_catch_all_and_any_list_to_the_list_limit()
    {
        var trust = await NewTrust();
        var executive = await app.SignedInAsync(trust[TrustRole.AccountableExecutive]);
        var owner = await app.SignedInAsync(trust[TrustRole.RootCauseOwner]);
        var pmo = await app.SignedInAsync(trust[TrustRole.Pmo]);

        var note = await (await executive.PostJsonAsync($"/api/v1/change-requests/{Guid.NewGuid()}/decision",
            new { approve = false, note = new string('n', 20_001), version = 0 })).ErrorsAsync();
        var parts = Enumerable.Range(1, 1001).Select(i => new { reference = $"RC-{i}", description = "A part", baselineDue = "2026-12-31" }).ToArray();
        var split = await (await owner.PostJsonAsync($"/api/v1/root-causes/{trust.RootCauseIds[0]}/change-requests",
            new { kind = "Split", reason = "Too big", splitParts = parts })).ErrorsAsync();
        var objectives = await (await pmo.PutAsJsonAsync("/api/v1/board-papers/drafts/2026-10",
            Draft(strategicObjectives: [.. Enumerable.Repeat("SO1", 1001)]))).ErrorsAsync();

        Assert.Contains("Note is 20,001 characters long; at most 20,000 are accepted.", note["Note"]);
        Assert.Equal("SplitParts holds more than 1,000 items; at most 1,000 are accepted.", split.Single("SplitParts"));
        Assert.Equal("Fields.StrategicObjectives holds more than 1,000 items; at most 1,000 are accepted.", objectives.Single("Fields.StrategicObjectives"));
    }

    [Theory]
    [InlineData("audit\u202Efdp.exe", "U+202E")]
    [InlineData("audit\u2066.pdf", "U+2066")]
    public async Task An_evidence_file_name_with_a_text_direction_control_is_refused(string fileName, string code)
    {
        var trust = await NewTrust();
        var owner = await app.SignedInAsync(trust[TrustRole.RootCauseOwner]);
        var file = new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var form = new MultipartFormDataContent { { file, "file", fileName }, { new StringContent("Audit"), "title" }, { new StringContent("It shows"), "whatItShows" } };

        var errors = await (await owner.PostAsync($"/api/v1/root-causes/{trust.RootCauseIds[0]}/evidence/file", form)).ErrorsAsync();

        Assert.StartsWith($"FileName holds the text-direction control {code} at character 6, which can disguise a file's type;", errors.Single("FileName"));
    }

    private static object Finding(string reference, string text) =>
        new { reference, text, kind = "MustDo", isgId = Guid.NewGuid(), safetyUrgent = false };

    private static object Draft(string commentary = "On track.", string[]? strategicObjectives = null) => new
    {
        fields = new
        {
            meeting = "Trust Board", paperTitle = "QIP progress", meetingDate = "2026-11-05", responsibleDirector = "Chief Nurse", author = "PMO",
            executiveSummary = "", boardAskedTo = "TakeAssurance", linkedCqcDomains = Array.Empty<string>(), strategicObjectives = strategicObjectives ?? [], bafRisks = Array.Empty<string>(),
            equalityImpact = "", foiStatus = "", recommendations = Array.Empty<object>(),
            isgCommentaries = new[] { new { isgId = Guid.NewGuid(), text = commentary } },
        },
        version = (long?)null,
    };
}

[Collection(OnSqlite.Name)]
public sealed class TextPolicyOnSqlite(SqliteApp app) : TextPolicyTests(app);

[Collection(OnPostgres.Name)]
public sealed class TextPolicyOnPostgres(PostgresApp app) : TextPolicyTests(app);
