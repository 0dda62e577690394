namespace QipTracker.Domain.BoardPapers;

/// <summary>What the board is asked to do with a paper: the four options of the NHS cover sheet.</summary>
public enum BoardAsk { Approve, Receive, Note, TakeAssurance }

/// <summary>The Equality Impact Assessment stage a paper declares on its cover sheet.</summary>
public enum EqualityImpactStage
{
    /// <summary>Stage 1 only: no negative impact identified.</summary>
    Stage1,
    /// <summary>Stage 2 recommended: negative impact identified, the full assessment attached for the board's approval.</summary>
    Stage2,
}

/// <summary>One line of a recommendation as a board paper writes it: "<b>Note</b> the progress …", "<b>Approve</b> the …".</summary>
public sealed record RecommendationItem(BoardAsk Verb, string Text);
