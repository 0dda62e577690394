using QipTracker.Web.Components.Shared;

namespace QipTracker.Web.Tests.Components;

/// <summary>A page names a refused field in words, not by the request path the API gives a script.</summary>
public sealed class FieldWordsTests
{
    [Theory]
    [InlineData("Items[0].Sent.Narrative", "Items[0].Sent.Narrative holds what looks like an NHS number at character 25.",
        "Narrative (item 1) holds what looks like an NHS number at character 25.")]
    [InlineData("Fields.WhatItShows", "Fields.WhatItShows holds the control character U+0002 at character 4.",
        "What it shows holds the control character U+0002 at character 4.")]
    [InlineData("Fields.IsgCommentaries[2]", "Fields.IsgCommentaries[2] is 9,000 characters long.", "Isg commentaries (item 3) is 9,000 characters long.")]
    [InlineData("Said", "Said holds what looks like an NHS number.", "Said holds what looks like an NHS number.")]
    [InlineData("Items[0].Sent.Narrative", "An update needs a narrative.", "An update needs a narrative.")]
    public void A_request_path_at_the_start_of_a_message_becomes_the_fields_name(string field, string message, string shown) =>
        Assert.Equal(shown, FieldWords.ForPeople(field, message));

    [Fact]
    public void Every_message_of_a_refused_request_is_given_in_words() =>
        Assert.Equal(["Narrative (item 2) is too long.", "Say what changed."],
            FieldWords.ForPeople(new QipTracker.Web.Application.RequestValidationException(new Dictionary<string, string[]>
            {
                ["Items[1].Sent.Narrative"] = ["Items[1].Sent.Narrative is too long."],
                ["Reason"] = ["Say what changed."],
            })));
}
