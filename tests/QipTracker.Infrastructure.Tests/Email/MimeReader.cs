using System.Text;
using System.Text.RegularExpressions;

namespace QipTracker.Infrastructure.Tests.Email;

/// <summary>
/// A deliberately small, independent reader of what EmlWriter produces: unfolds headers,
/// decodes RFC 2047 encoded-words, splits multipart bodies and decodes quoted-printable/base64.
/// Strict where a sloppy writer would slip: CRLF only, and boundaries must match exactly.
/// </summary>
internal sealed partial class MimeReader
{
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);
    public List<(Dictionary<string, string> Headers, string Body)> Parts { get; } = [];

    public static MimeReader Parse(string raw)
    {
        if (Regex.IsMatch(raw, "(?<!\r)\n")) throw new FormatException("a bare LF: lines must end in CRLF");
        var reader = new MimeReader();
        var (headerBlock, body) = SplitHead(raw);
        ReadHeaders(headerBlock, reader.Headers);

        var contentType = reader.Headers["Content-Type"];
        var boundary = BoundaryParam().Match(contentType) is { Success: true } m
            ? m.Groups[1].Value
            : throw new FormatException("multipart without a boundary");
        var delimiter = "\r\n--" + boundary;
        var text = "\r\n" + body; // the first delimiter may start the body
        var end = text.IndexOf(delimiter + "--", StringComparison.Ordinal);
        if (end < 0) throw new FormatException("no closing boundary");
        var chunks = text[..end].Split(delimiter);
        foreach (var chunk in chunks.Skip(1)) // chunks[0] is the preamble
        {
            var (partHead, partBody) = SplitHead(chunk[(chunk.IndexOf("\r\n", StringComparison.Ordinal) + 2)..]);
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            ReadHeaders(partHead, headers);
            reader.Parts.Add((headers, DecodeBody(partBody, headers)));
        }
        return reader;
    }

    public string Part(string mediaType) =>
        Parts.Single(p => p.Headers["Content-Type"].StartsWith(mediaType, StringComparison.OrdinalIgnoreCase)).Body;

    private static (string Head, string Body) SplitHead(string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return split < 0 ? throw new FormatException("no blank line after the headers") : (raw[..split], raw[(split + 4)..]);
    }

    private static void ReadHeaders(string block, Dictionary<string, string> into)
    {
        var unfolded = block.Replace("\r\n ", " ").Replace("\r\n\t", "\t");
        foreach (var line in unfolded.Split("\r\n"))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0) throw new FormatException($"not a header: '{line}'");
            into[line[..colon]] = DecodeWords(line[(colon + 1)..].Trim());
        }
    }

    /// <summary>RFC 2047: whitespace between adjacent encoded-words is dropped, each word decoded.</summary>
    public static string DecodeWords(string value)
    {
        var joined = AdjacentWords().Replace(value, "?==?");
        return EncodedWord().Replace(joined, m =>
        {
            var charset = Encoding.GetEncoding(m.Groups[1].Value);
            var bytes = string.Equals(m.Groups[2].Value, "B", StringComparison.OrdinalIgnoreCase)
                ? Convert.FromBase64String(m.Groups[3].Value)
                : QuotedPrintableBytes(m.Groups[3].Value.Replace('_', ' '));
            return charset.GetString(bytes);
        });
    }

    private static string DecodeBody(string body, Dictionary<string, string> headers)
    {
        var charset = CharsetParam().Match(headers["Content-Type"]) is { Success: true } c ? Encoding.GetEncoding(c.Groups[1].Value) : Encoding.ASCII;
        var encoding = headers.GetValueOrDefault("Content-Transfer-Encoding", "7bit").ToLowerInvariant();
        return encoding switch
        {
            "quoted-printable" => charset.GetString(QuotedPrintableBytes(body.Replace("=\r\n", ""))),
            "base64" => charset.GetString(Convert.FromBase64String(body.Replace("\r\n", ""))),
            _ => body,
        };
    }

    private static byte[] QuotedPrintableBytes(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=')
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else if (text[i] > 126) throw new FormatException("8-bit character in quoted-printable");
            else bytes.Add((byte)text[i]);
        }
        return [.. bytes];
    }

    [GeneratedRegex("boundary=\"([^\"]+)\"")]
    private static partial Regex BoundaryParam();
    [GeneratedRegex("charset=([A-Za-z0-9_-]+)")]
    private static partial Regex CharsetParam();
    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex AdjacentWords();
    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();
}
