using System.Globalization;
using System.Text;

namespace QipTracker.Infrastructure.Email;

/// <summary>
/// Formats an outbox email as an RFC 5322 / MIME message: multipart/alternative with a text/plain
/// and a text/html part, both UTF-8 and quoted-printable (readable in a text editor, safe for 7-bit
/// transport). Non-ASCII header text is written as RFC 2047 encoded-words. Lines end in CRLF.
/// </summary>
public static class EmlWriter
{
    private const string Crlf = "\r\n";
    private const int MaxLine = 76; // RFC 2045 limit for encoded lines; also keeps headers under RFC 5322's 78.

    public static string Write(OutboxEmail email, string from, string? fromName, DateTimeOffset date)
    {
        // "=_" can never occur in quoted-printable output ('=' is always =3D or a soft break at
        // line end), so this boundary cannot collide with the bodies.
        var boundary = $"=_qip_{email.Id:N}";
        var domain = from[(from.IndexOf('@') + 1)..];
        var sb = new StringBuilder();
        Header(sb, "From", Mailbox(from, fromName));
        Header(sb, "To", Mailbox(email.ToAddress, email.ToName));
        Header(sb, "Subject", HeaderText(email.Subject, "Subject: ".Length));
        Header(sb, "Date", date.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture));
        Header(sb, "Message-ID", $"<{email.Id:N}@{domain}>");
        Header(sb, "X-Qip-Outbox-Id", email.Id.ToString());
        Header(sb, "MIME-Version", "1.0");
        Header(sb, "Content-Type", $"multipart/alternative;{Crlf} boundary=\"{boundary}\"");
        sb.Append(Crlf);
        sb.Append("This is a multi-part message in MIME format.").Append(Crlf);
        Part(sb, boundary, "text/plain", email.TextBody);
        Part(sb, boundary, "text/html", email.HtmlBody);
        sb.Append(Crlf).Append("--").Append(boundary).Append("--").Append(Crlf);
        return sb.ToString();
    }

    private static void Header(StringBuilder sb, string name, string value) =>
        sb.Append(name).Append(": ").Append(value).Append(Crlf);

    private static void Part(StringBuilder sb, string boundary, string mediaType, string body)
    {
        // The CRLF before a delimiter belongs to the delimiter (RFC 2046 5.1.1), not to the body.
        sb.Append(Crlf).Append("--").Append(boundary).Append(Crlf);
        Header(sb, "Content-Type", $"{mediaType}; charset=utf-8");
        Header(sb, "Content-Transfer-Encoding", "quoted-printable");
        sb.Append(Crlf);
        sb.Append(QuotedPrintable(body));
    }

    /// <summary>"Name" &lt;address&gt;, the name quoted or encoded as needed.</summary>
    public static string Mailbox(string address, string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return $"<{address}>";
        var display = IsPlainAscii(name)
            ? "\"" + name.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\""
            : string.Join(' ', EncodedWords(name));
        return $"{display} <{address}>";
    }

    /// <summary>
    /// Unstructured header text (RFC 5322 2.2.3): ASCII is folded at spaces; anything else becomes
    /// base64 encoded-words (RFC 2047), each under 76 characters and never splitting a character.
    /// </summary>
    public static string HeaderText(string text, int firstLineUsed)
    {
        if (!IsPlainAscii(text)) return string.Join(Crlf + " ", EncodedWords(text));
        var lines = new List<StringBuilder> { new() };
        var used = firstLineUsed;
        foreach (var word in text.Split(' '))
        {
            var line = lines[^1];
            if (line.Length > 0 && word.Length > 0 && used + line.Length + 1 + word.Length > MaxLine)
            {
                lines.Add(line = new StringBuilder());
                used = 0;
            }
            // The space that separated two words starts the continuation line, so unfolding
            // (removing CRLF) gives back the original text.
            if (line.Length > 0 || lines.Count > 1) line.Append(' ');
            line.Append(word);
        }
        return string.Join(Crlf, lines);
    }

    private static List<string> EncodedWords(string text)
    {
        const int maxBytes = 42; // 56 base64 characters + "=?utf-8?B?" + "?=" = 68, so "Subject: " + one word fits 78
        var chunk = new List<byte>(maxBytes);
        Span<byte> buffer = stackalloc byte[4];
        var words = new List<string>();
        foreach (var rune in text.EnumerateRunes())
        {
            var n = rune.EncodeToUtf8(buffer);
            if (chunk.Count + n > maxBytes)
            {
                words.Add(Word(chunk));
                chunk.Clear();
            }
            for (var i = 0; i < n; i++) chunk.Add(buffer[i]);
        }
        if (chunk.Count > 0) words.Add(Word(chunk));
        return words;

        static string Word(List<byte> bytes) => $"=?utf-8?B?{Convert.ToBase64String(bytes.ToArray())}?=";
    }

    /// <summary>RFC 2045 6.7 quoted-printable of the UTF-8 text, hard line breaks as CRLF.</summary>
    public static string QuotedPrintable(string text)
    {
        var sb = new StringBuilder();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        Span<byte> utf8 = stackalloc byte[4];
        for (var l = 0; l < lines.Length; l++)
        {
            if (l > 0) sb.Append(Crlf);
            var runes = lines[l].EnumerateRunes().ToArray();
            var lineLength = 0;
            for (var i = 0; i < runes.Length; i++)
            {
                var last = i == runes.Length - 1;
                var n = runes[i].EncodeToUtf8(utf8);
                var token = new StringBuilder(12);
                foreach (var b in utf8[..n])
                {
                    // Trailing spaces and tabs are encoded: transports may strip them (rule 3).
                    var literal = b is >= 33 and <= 126 and not (byte)'=' || (b is (byte)' ' or (byte)'\t' && !last);
                    token.Append(literal ? ((char)b).ToString() : $"={b:X2}");
                }
                // Leave room for the soft line break '=' unless this token ends the line; a
                // character's bytes stay together on one line.
                var limit = last ? MaxLine : MaxLine - 1;
                if (lineLength + token.Length > limit)
                {
                    sb.Append('=').Append(Crlf);
                    lineLength = 0;
                }
                sb.Append(token);
                lineLength += token.Length;
            }
        }
        return sb.ToString();
    }

    private static bool IsPlainAscii(string text)
    {
        foreach (var c in text)
            if (c is < ' ' or > '~') return false;
        return true;
    }
}
