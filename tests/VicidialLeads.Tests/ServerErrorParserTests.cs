using VicidialLeads.Protocol;
using VicidialLeads.Tests.Support;
using VicidialLeads.Transport;
using Xunit;

namespace VicidialLeads.Tests
{
    public class ServerErrorParserTests
    {
        [Theory]
        [InlineData("13-badpass", "LoginRejected")]
        [InlineData("13b-badpass-post", "LoginRejected")]
        [InlineData("13c-unknown-user", "LoginRejected")]
        [InlineData("13d-empty-pass", "LoginRejected")]
        [InlineData("14-badpass-seq-10", "LoginRejected")]
        [InlineData("14-badpass-seq-11", "AccountLocked")]
        [InlineData("15-rightpass-after-12-bad", "AccountLocked")]
        [InlineData("16-apinoperm-lead_search", "PermissionDenied")]
        [InlineData("16b-apinoperm-lead_all_info", "PermissionDenied")]
        [InlineData("17-apilimited-lead_search", "FunctionNotAllowed")]
        [InlineData("18-source-missing", "InvalidSource")]
        [InlineData("19-source-1char", "InvalidSource")]
        [InlineData("06-lead_search-only-misses", "NoMatches")]
        [InlineData("28e-phone-param-missing", "NoValidSearchMethod")]
        [InlineData("23b-phone-5digits-alone", "NoValidSearchMethod")]
        [InlineData("36-lai-missing", "LeadNotFound")]
        [InlineData("43-unknown-function", "Other")]
        [InlineData("02-lead_search-get", "None")]
        [InlineData("01-version", "None")]
        public void Classifies_every_captured_error_line(string capture, string expected)
        {
            Assert.Equal(System.Enum.Parse<ServerErrorLine>(expected), ServerErrorParser.Classify(Fixtures.Body(capture)));
        }

        [Theory]
        [InlineData("13-badpass", "WRONGpw99", VicidialServerErrorKind.LoginRejected, "rejected the login of user '6666'")]
        [InlineData("13c-unknown-user", "WRONGpw97", VicidialServerErrorKind.LoginRejected, "user 'nosuchuser'")]
        [InlineData("14-badpass-seq-11", "WRONGseq11", VicidialServerErrorKind.AccountLocked, "15 minutes")]
        [InlineData("16-apinoperm-lead_search", "nope1234", VicidialServerErrorKind.PermissionDenied, "USER DOES NOT HAVE PERMISSION TO SEARCH FOR LEADS")]
        [InlineData("17-apilimited-lead_search", "limit1234", VicidialServerErrorKind.PermissionDenied, "API Allowed Functions")]
        [InlineData("19-source-1char", "1234", VicidialServerErrorKind.InvalidSource, "source 'x'")]
        public void Stopping_errors_say_the_reason_without_the_password(string capture, string password, VicidialServerErrorKind kind, string expected)
        {
            string body = Fixtures.Body(capture);
            string user = body.Contains("nosuchuser") ? "nosuchuser" : body.Contains("apinoperm") ? "apinoperm" : body.Contains("apilimited") ? "apilimited" : "6666";
            var redactor = new SecretRedactor(Secrets.Secure(password));
            VicidialServerException? error = ServerErrorParser.ToStoppingError(body, user, "x", "lead_search", redactor);
            Assert.NotNull(error);
            Assert.Equal(kind, error!.Kind);
            Assert.Contains(expected, error.Message);
            Assert.DoesNotContain(password, error.Message);
            Assert.False(error.IsTransient);
        }

        [Fact]
        public void An_ip_block_names_the_address()
        {
            var redactor = new SecretRedactor(Secrets.Secure("1234"));
            var error = ServerErrorParser.ToStoppingError("ERROR: Your IP Address is not allowed: 203.0.113.9: |6666|IPBLOCK|\n", "6666", "test", "lead_search", redactor);
            Assert.Equal(VicidialServerErrorKind.IpBlocked, error!.Kind);
            Assert.Contains("(203.0.113.9)", error.Message);
        }

        [Theory]
        [InlineData("06-lead_search-only-misses")]
        [InlineData("28e-phone-param-missing")]
        [InlineData("02-lead_search-get")]
        public void Answers_that_do_not_stop_the_work_are_not_errors(string capture)
        {
            Assert.Null(ServerErrorParser.ToStoppingError(Fixtures.Body(capture), "6666", "test", "lead_search", Secrets.Redactor));
        }

        [Fact]
        public void An_excerpt_is_redacted_before_it_is_cut()
        {
            var redactor = new SecretRedactor(Secrets.Secure("Straddling-Secret-42"));
            string text = new string('x', 70) + "Straddling-Secret-42\n" + new string('y', 50);
            string excerpt = redactor.Excerpt(text);
            Assert.DoesNotContain("Straddling", excerpt);
            Assert.DoesNotContain("\n", excerpt);
            Assert.EndsWith("...", excerpt);
            Assert.Equal(83, excerpt.Length);
        }

        [Fact]
        public void The_redactor_removes_every_form_of_the_password()
        {
            var redactor = new SecretRedactor(Secrets.Secure("p@ss word;&1"));
            string text = "raw p@ss word;&1 form p%40ss%20word%3B%261 plus p%40ss+word%3B%261 echoed p@ssword&1 end";
            string redacted = redactor.Redact(text);
            Assert.DoesNotContain("p@ss word", redacted);
            Assert.DoesNotContain("p%40ss", redacted);
            Assert.DoesNotContain("p@ssword&1", redacted);
            Assert.Contains(SecretRedactor.Mask, redacted);
        }
    }
}
