using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using VicidialLeads.TestServer;
using VicidialLeads.Tests.Support;
using VicidialLeads.Transport;
using Xunit;

namespace VicidialLeads.Tests
{
    /// <summary>TLS, hostile input and secrets, each against a real listener on 127.0.0.1.</summary>
    public class HardeningTests : CmdletTestBase
    {
        public HardeningTests(TestServerFixture fixture) : base(fixture) { }

        [Fact]
        public async Task An_untrusted_certificate_fails_closed_and_skip_certificate_check_works_with_one_warning()
        {
            using var certificate = SelfSignedCertificate.ForLoopback();
            await using var https = await VicidialTestServer.StartAsync(new TestServerOptions { Certificate = certificate });
            https.State.AddUser(TestServerFixture.CanaryUser, TestServerFixture.CanaryPassword);
            var variables = TestServerFixture.ServerAndCredential(https.ApiUri.ToString());

            var refused = Fixture.PowerShell.Run("Connect-VicidialApi -Server $server -Credential $credential", variables);
            Assert.NotNull(refused.Terminating);
            Assert.Equal(ErrorCategory.ConnectionError, refused.Terminating!.CategoryInfo.Category);
            Assert.Contains("certificate was not trusted", refused.Terminating.Exception.Message);
            Assert.Contains("-SkipCertificateCheck", refused.Terminating.Exception.Message);
            Assert.Equal(0, https.State.RequestCount("lead_search"));
            Assert.Empty(refused.Warnings);

            var accepted = Fixture.PowerShell.Run(
                "Connect-VicidialApi -Server $server -Credential $credential -SkipCertificateCheck; Search-VicidialLead 9998885112", variables);
            Assert.Null(accepted.Terminating);
            Assert.Equal(4, accepted.Results.Single().RecordsFound);
            Assert.Single(accepted.Warnings);
            Assert.Contains("not checked", accepted.Warnings[0]);
            Assert.DoesNotContain(TestServerFixture.CanaryPassword, refused.AllText() + accepted.AllText());
        }

        [Fact]
        public async Task A_self_signed_certificate_is_trusted_by_its_pinned_thumbprint_and_a_refusal_names_it()
        {
            using var certificate = SelfSignedCertificate.ForLoopback();
            string thumbprint = HttpHandlerFactory.Sha256Thumbprint(certificate);
            await using var https = await VicidialTestServer.StartAsync(new TestServerOptions { Certificate = certificate });
            https.State.AddUser(TestServerFixture.CanaryUser, TestServerFixture.CanaryPassword);
            var variables = TestServerFixture.ServerAndCredential(https.ApiUri.ToString());

            // Unpinned, the refusal names the thumbprint to pin.
            var refused = Fixture.PowerShell.Run("Connect-VicidialApi -Server $server -Credential $credential", variables);
            Assert.Contains("-CertificateThumbprint " + thumbprint, refused.Terminating!.ErrorDetails.RecommendedAction);

            // Pinned (as users copy it: lower case with colons), it is trusted, with no warning.
            variables["pin"] = string.Join(":", Enumerable.Range(0, 32).Select(i => thumbprint.Substring(i * 2, 2).ToLowerInvariant()));
            var pinned = Fixture.PowerShell.Run("$s = Connect-VicidialApi -Server $server -Credential $credential -CertificateThumbprint $pin -PassThru; $s.CertificateThumbprint; Search-VicidialLead 9998885112", variables);
            Assert.Null(pinned.Terminating);
            Assert.Empty(pinned.Warnings);
            Assert.Equal(thumbprint, pinned.Output.OfType<string>().First());
            Assert.Equal(4, pinned.Results.Single().RecordsFound);

            // Another thumbprint is refused, even though the chain would be checked no further.
            variables["pin"] = new string('A', 64);
            long before = https.State.RequestCount("lead_search");
            var other = Fixture.PowerShell.Run("Connect-VicidialApi -Server $server -Credential $credential -CertificateThumbprint $pin", variables);
            Assert.Equal(ErrorCategory.ConnectionError, other.Terminating!.CategoryInfo.Category);
            Assert.Contains("not the " + new string('A', 64), other.Terminating.Exception.Message);
            Assert.Equal(before, https.State.RequestCount("lead_search"));
            Assert.DoesNotContain(TestServerFixture.CanaryPassword, refused.AllText() + pinned.AllText() + other.AllText());
        }

        [Fact]
        public void The_proxy_is_the_one_named_or_none_or_the_systems()
        {
            var credential = new System.Net.NetworkCredential("proxyuser", "proxy-pass");
            using var named = (HttpClientHandler)HttpHandlerFactory.Create(new VicidialClientOptions { Proxy = new Uri("http://proxy.example:3128"), ProxyCredential = credential }, (_, _) => { });
            Assert.True(named.UseProxy);
            Assert.Equal(new Uri("http://proxy.example:3128"), named.Proxy!.GetProxy(new Uri("https://vicidial.example/")));
            Assert.Same(credential, named.Proxy.Credentials);
            using var none = (HttpClientHandler)HttpHandlerFactory.Create(new VicidialClientOptions { NoProxy = true }, (_, _) => { });
            Assert.False(none.UseProxy);
            using var system = (HttpClientHandler)HttpHandlerFactory.Create(new VicidialClientOptions(), (_, _) => { });
            Assert.True(system.UseProxy);
            Assert.Null(system.Proxy);

            var contradiction = Fixture.PowerShell.Run("Connect-VicidialApi -Server $server -Credential $credential -NoProxy -Proxy http://proxy.example:3128",
                TestServerFixture.ServerAndCredential(Fixture.Server.ApiUri.ToString()));
            Assert.Equal(ErrorCategory.InvalidArgument, contradiction.Terminating!.CategoryInfo.Category);
        }

        [Theory]
        [InlineData(FaultMode.Drop)]
        [InlineData(FaultMode.HtmlPage)]
        [InlineData(FaultMode.Status500)]
        public void With_get_the_password_in_the_url_reaches_no_error_or_message(FaultMode mode)
        {
            Fixture.ConnectAndRun("", connectOptions: "-TimeoutSec 5 -UseGet -MaximumRetryCount 1 -MaximumOutageSec 1");
            Fixture.Server.State.SetFault(mode);
            var run = RunUnderFault("Search-VicidialLead 9998885112, 9998886112 -Verbose 2>&1");
            Assert.Equal(2, run.Output.OfType<ErrorRecord>().Count());
            Assert.All(RecentRequests("lead_search").Skip(1), r => Assert.Equal("GET", r.Method));
            Assert.DoesNotContain(TestServerFixture.CanaryPassword, run.AllText());
            Assert.DoesNotContain(Uri.EscapeDataString(TestServerFixture.CanaryPassword), run.AllText());
        }

        [Fact]
        public void Ten_thousand_hostile_values_each_get_exactly_one_answer_and_touch_no_other_request()
        {
            var random = new Random(20261128);
            var values = new List<object?>();
            var seeded = Fixtures.SeededLeads();
            string[] known = seeded.Keys.Where(k => seeded[k].Length < 1000).ToArray();
            string[] separators = { " ", "-", ".", "(", ")", "\t", "\u00A0" };
            for (int i = 0; i < 10_000; i++)
            {
                switch (i % 10)
                {
                    case 0: values.Add(RandomUnicode(random, random.Next(0, 30))); break;
                    case 1:
                    case 2:
                        string number = known[random.Next(known.Length)];
                        var formatted = new StringBuilder(random.Next(2) == 0 ? "+1 " : "");
                        foreach (char c in number) formatted.Append(c).Append(random.Next(3) == 0 ? separators[random.Next(separators.Length)] : "");
                        values.Add(formatted.ToString());
                        break;
                    case 3: values.Add(new string('9', random.Next(1, 40))); break;
                    case 4: values.Add(known[random.Next(known.Length)] + new[] { "&pass=x", "%00", ",9998886112", "\0", ";", "&function=version", "|1|2" }[random.Next(7)]); break;
                    case 5: values.Add(random.Next(3) switch { 0 => (object?)null, 1 => "", _ => new string('7', 5000 + random.Next(5000)) }); break;
                    case 6: values.Add(random.Next(3) switch { 0 => (object)(int)random.Next(100000, int.MaxValue), 1 => (object)(9998885112L + random.Next(3)), _ => (object)2025550150.0 }); break;
                    case 7: values.Add(new PSObject(new { Name = "row " + i, Mobile = known[random.Next(known.Length)] + (random.Next(2) == 0 ? "" : " x9") })); break;
                    case 8: values.Add((2025550100 + random.Next(200)).ToString()); break;
                    default: values.Add(RandomDigits(random, random.Next(6, 19))); break;
                }
            }

            var run = Fixture.ConnectAndRun("$values | Search-VicidialLead -BatchSize 200 2>&1", new Dictionary<string, object?> { ["values"] = values.ToArray() });
            Assert.Null(run.Terminating);
            Assert.Equal(values.Count, run.Output.Count);

            int sent = 0;
            var distinctValid = new HashSet<string>();
            for (int i = 0; i < values.Count; i++)
            {
                string? text = values[i] switch
                {
                    null => null,
                    double d => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    PSObject o => ((string)o.Properties["Mobile"].Value).Replace(" x9", ""),
                    var v => v.ToString(),
                };
                var (digits, withCode) = Oracle(text);
                if (digits is null)
                {
                    var error = Assert.IsType<ErrorRecord>(run.Output[i]);
                    Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
                    Assert.Equal(values[i] is PSObject ? values[i] : text ?? "", error.TargetObject);
                }
                else
                {
                    Assert.True(run.Output[i] is LeadSearchResult, $"{text}: {(run.Output[i] as ErrorRecord)?.Exception.Message}");
                    var result = (LeadSearchResult)run.Output[i]!;
                    Assert.Equal(digits, result.PhoneNumber);
                    Assert.Same(values[i] is PSObject || values[i] is string ? values[i] : result.InputObject, result.InputObject);
                    long[] expected = (seeded.TryGetValue(digits, out long[]? ids) ? ids : new long[0])
                        .Concat(withCode != null && seeded.TryGetValue(withCode, out long[]? coded) ? coded : new long[0])
                        .Distinct().OrderByDescending(id => id).ToArray();
                    if (expected.Length < 1000)
                        Assert.Equal(expected, result.LeadIds);
                    sent += withCode is null ? 1 : 2;
                    distinctValid.Add(digits);
                    if (withCode != null) distinctValid.Add(withCode);
                }
            }
            Assert.True(sent > 3000, $"only {sent} valid values");
            // Every number was asked once per batch it appeared in, and nothing else was asked.
            var searches = RecentRequests("lead_search").Skip(1).ToList();
            Assert.InRange(searches.Sum(r => r.PhoneEntryCount), distinctValid.Count, sent);
            Assert.All(searches, r => Assert.Equal(200, r.StatusCode));
        }

        /// <summary>
        /// The input rule, written independently of the module: a decimal as a spreadsheet writes it (9998885112.0) is
        /// its whole part, or an error when it has a fraction; blanks, separators and dashes go, a leading + must be
        /// followed by the phone code 1, which goes too; 6–18 digits stay. A number that carries the code (+1, or 11
        /// digits beginning with 1) is also searched with it.
        /// </summary>
        private static (string? Digits, string? WithCode) Oracle(string? text)
        {
            if (text is null) return (null, null);
            static bool Blank(char c) => char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;
            string trimmed = new string(text.SkipWhile(Blank).Reverse().SkipWhile(Blank).Reverse().ToArray());
            var spreadsheetDecimal = System.Text.RegularExpressions.Regex.Match(trimmed, @"^([0-9]{6,})[.]([0-9]{1,2})$");
            if (spreadsheetDecimal.Success)
                trimmed = spreadsheetDecimal.Groups[2].Value.Trim('0').Length == 0 ? spreadsheetDecimal.Groups[1].Value : "not a whole number";
            bool plus = trimmed.StartsWith('+');
            if (plus) trimmed = trimmed.Substring(1);
            var digits = new StringBuilder();
            foreach (char c in trimmed)
            {
                if (c is >= '0' and <= '9') digits.Append(c);
                else if (!(Blank(c) || c is '-' or '.' or '(' or ')' or (>= '\u2010' and <= '\u2015') or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D')) return (null, null);
            }
            string number = digits.ToString();
            if (plus)
            {
                if (!number.StartsWith('1')) return (null, null);
                number = number.Substring(1);
                return number.Length is >= 6 and <= 18 ? (number, number.Length < 18 ? "1" + number : null) : (null, null);
            }
            if (number.Length is < 6 or > 18) return (null, null);
            return number.Length == 11 && number[0] == '1' ? (number.Substring(1), number) : (number, null);
        }

        private static string RandomUnicode(Random random, int length)
        {
            var text = new StringBuilder();
            for (int i = 0; i < length; i++) text.Append((char)random.Next(0, 0xFFFF));
            return text.ToString();
        }

        private static string RandomDigits(Random random, int length)
        {
            var text = new StringBuilder();
            for (int i = 0; i < length; i++) text.Append((char)('0' + random.Next(10)));
            return text.ToString();
        }
    }
}
