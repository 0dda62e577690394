namespace QipTracker.Domain.BoardPapers;

/// <summary>What the board is asked to do with a paper.</summary>
public enum BoardAsk { Approve, Receive, Note, TakeAssurance }
