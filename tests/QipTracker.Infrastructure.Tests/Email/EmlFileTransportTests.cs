using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Infrastructure.Email;

namespace QipTracker.Infrastructure.Tests.Email;

public sealed class EmlFileTransportTests
{
    [Fact]
    public async Task Dispatch_writes_a_readable_eml_with_both_parts_and_an_encoded_subject()
    {
        await using var host = await EmailTestHost.WithEmlAsync((EmailSetup.FromKey, "qip@trust.example.nhs.uk"), (EmailSetup.FromNameKey, "QIP Tracker"));
        const string subject = "Révision du plan — RC-12 dépassé ✓ (Maternité, Hôpital Saint-Étienne, unité néonatale)";
        var text = "Dear Siân,\n\nRoot cause RC-12 is 3 days overdue. Evidence = audit of 20 CTG reviews.  \n"
                   + new string('x', 100) + "\r\nCafé ☕ at 10:00\tsharp\n.";
        const string html = "<p>Dear Siân,</p><p>RC-12 is <b>3 days</b> overdue &mdash; see <a href=\"https://qip.example/rc/12?x=1&y=2\">RC-12</a>.</p>";
        var id = await host.QueueAsync(new EmailMessage("sian.jones@trust.example.nhs.uk", "Siân Jones", subject, html, text));

        Assert.Equal(new DispatchResult(1, 0, 0, 0), await host.DispatchAsync());

        var row = await host.GetAsync(id);
        Assert.Equal(OutboxStatus.Sent, row.Status);
        var file = Path.Combine(host.DataFolder, "outbox", $"20261124-090000-{id:N}.eml");
        Assert.True(File.Exists(file), $"expected {file}");
        var raw = await File.ReadAllTextAsync(file);
        Assert.All(Encoding.UTF8.GetBytes(raw), b => Assert.True(b < 128, "an .eml for 7-bit transport holds only ASCII"));
        Assert.All(raw.Split("\r\n"), line => Assert.True(line.Length <= 78, $"line too long: {line}"));
        Assert.DoesNotContain("Révision", raw);

        var eml = MimeReader.Parse(raw);
        Assert.Equal(subject, eml.Headers["Subject"]);
        Assert.Equal("\"QIP Tracker\" <qip@trust.example.nhs.uk>", eml.Headers["From"]);
        Assert.Equal("Siân Jones <sian.jones@trust.example.nhs.uk>", eml.Headers["To"]);
        Assert.Equal("1.0", eml.Headers["MIME-Version"]);
        Assert.Equal($"<{id:N}@trust.example.nhs.uk>", eml.Headers["Message-ID"]);
        Assert.Equal(EmailTestHost.Start,
            DateTimeOffset.ParseExact(eml.Headers["Date"], "ddd, dd MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture));
        Assert.StartsWith("multipart/alternative", eml.Headers["Content-Type"]);
        Assert.Equal(2, eml.Parts.Count);
        Assert.Equal(text.ReplaceLineEndings("\r\n"), eml.Part("text/plain"));
        Assert.Equal(html, eml.Part("text/html"));
        Assert.StartsWith("text/plain", eml.Parts[0].Headers["Content-Type"]); // plain first: clients show the last part they can
    }

    [Fact]
    public async Task A_retried_email_overwrites_its_own_file()
    {
        await using var host = await EmailTestHost.WithEmlAsync();
        var id = await host.QueueAsync(EmailTestHost.Message());
        await host.DispatchAsync();
        await using (var scope = host.Scope())
        {
            var transport = scope.ServiceProvider.GetRequiredService<IEmailTransport>();
            Assert.IsType<EmlFileTransport>(transport);
            host.Clock.Advance(TimeSpan.FromHours(3)); // a later send of the same email
            Assert.Equal(TransportOutcome.Sent, (await transport.SendAsync(await host.GetAsync(id), CancellationToken.None)).Outcome);
        }

        var files = Directory.GetFiles(Path.Combine(host.DataFolder, "outbox"));
        Assert.Equal($"20261124-090000-{id:N}.eml", Path.GetFileName(Assert.Single(files)));
    }

    [Theory]
    [InlineData("Plain ASCII subject")]
    [InlineData("A long ASCII subject that has to be folded because it runs well past seventy-eight characters in all, twice over even")]
    [InlineData("日本語の件名はエンコードされ、折り返されます。日本語の件名はエンコードされ、折り返されます。")]
    [InlineData("Emoji 🚑🏥 split across words 🚑🏥🚑🏥🚑🏥🚑🏥🚑🏥🚑🏥🚑🏥🚑🏥🚑🏥🚑🏥🚑🏥")]
    public void Header_text_round_trips_and_stays_within_line_limits(string subject)
    {
        var folded = "Subject: " + EmlWriter.HeaderText(subject, "Subject: ".Length);

        Assert.All(folded.Split("\r\n"), line => Assert.True(line.Length <= 78, line));
        Assert.All(folded.Split("\r\n").Skip(1), line => Assert.StartsWith(" ", line));
        Assert.Equal(subject, MimeReader.DecodeWords(folded.Replace("\r\n", "")["Subject: ".Length..]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a=b")]
    [InlineData("trailing space \nand tab\t\nline")]
    [InlineData("€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€")]
    public void Quoted_printable_round_trips(string text)
    {
        var encoded = EmlWriter.QuotedPrintable(text);
        Assert.All(encoded.Split("\r\n"), line => Assert.True(line.Length <= 76, line));
        Assert.All(encoded.Split("\r\n"), line => Assert.False(line.EndsWith(' ') || line.EndsWith('\t'), line));

        var raw = "Content-Type: multipart/alternative; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n"
                  + "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + encoded + "\r\n--b--\r\n";
        Assert.Equal(text.ReplaceLineEndings("\r\n"), MimeReader.Parse(raw).Part("text/plain"));
    }
}
