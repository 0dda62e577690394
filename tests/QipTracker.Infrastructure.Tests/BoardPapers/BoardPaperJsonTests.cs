using System.Text.Json;
using QipTracker.Infrastructure.BoardPapers;

namespace QipTracker.Infrastructure.Tests.BoardPapers;

public sealed class BoardPaperJsonTests
{
    [Fact]
    public void Frozen_json_reads_back_to_an_equal_paper()
    {
        var paper = SamplePaper.Build();

        var readBack = BoardPaperJson.Deserialize(BoardPaperJson.Serialize(paper));

        Assert.Equal(paper, readBack);
        Assert.NotSame(paper.Assessment.Isgs, readBack.Assessment.Isgs);
    }

    [Theory]
    [InlineData(PaperKind.BoardPaper)]
    [InlineData(PaperKind.PartnerPack)]
    public void A_paper_rewritten_from_its_frozen_json_is_the_same_document(PaperKind kind)
    {
        var paper = SamplePaper.Build();
        var writer = new DocxWriter(new StubCharts());

        var original = new WordDocument(writer.Write(paper, kind));
        var reproduced = new WordDocument(writer.Write(BoardPaperJson.Deserialize(BoardPaperJson.Serialize(paper)), kind));

        Assert.Equal(original.Text, reproduced.Text);
        Assert.Equal(original.DocumentXml, reproduced.DocumentXml);
        Assert.Equal(original.Images, reproduced.Images);
    }

    [Fact]
    public void Enums_are_stored_by_name_and_charts_as_data()
    {
        var json = BoardPaperJson.Serialize(SamplePaper.Build());

        Assert.Contains("\"boardAskedTo\": \"TakeAssurance\"", json);
        Assert.Contains("\"variation\": \"ImprovingHigh\"", json);
        Assert.Contains("\"escalationLevel\": \"Ecib\"", json);
        Assert.Contains("\"periodEnd\": \"2026-10-31\"", json);
        Assert.Contains("\"percentOfTrajectory\": 73.9", json);
        Assert.Contains("\"schemaVersion\": 2", json);
    }

    [Fact]
    public void Changing_any_figure_makes_the_paper_unequal()
    {
        var paper = SamplePaper.Build();
        var points = paper.Assessment.MustDoChart.Points.ToList();
        points[4] = points[4] with { Completed = 30 };

        var changed = paper with { Assessment = paper.Assessment with { MustDoChart = paper.Assessment.MustDoChart with { Points = [.. points] } } };

        Assert.NotEqual(paper, changed);
        Assert.Equal(paper, SamplePaper.Build());
    }

    [Fact]
    public void A_paper_saved_by_a_newer_version_is_refused_rather_than_misread()
    {
        var json = BoardPaperJson.Serialize(SamplePaper.Build()).Replace("\"schemaVersion\": 2", "\"schemaVersion\": 3");

        var error = Assert.Throws<JsonException>(() => BoardPaperJson.Deserialize(json));
        Assert.Contains("newer version", error.Message);
    }

    [Fact]
    public void Json_missing_a_section_is_refused()
    {
        var json = BoardPaperJson.Serialize(SamplePaper.Build() with { Recommendation = "x" }).Replace("\"recommendation\": \"x\"", "\"other\": \"x\"");

        Assert.Throws<JsonException>(() => BoardPaperJson.Deserialize(json));
    }
}
