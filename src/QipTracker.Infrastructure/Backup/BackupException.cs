namespace QipTracker.Infrastructure.Backup;

/// <summary>A backup or restore refused or stopped; the message is a sentence for the operator, saying what and why.</summary>
public sealed class BackupException(string message, Exception? inner = null) : Exception(message, inner);
