using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Functions.DncPhone;
using VicidialLeads.Input;
using VicidialLeads.Policy;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests
{
    /// <summary>The DNC answers, byte for byte from captures 72 and 73, and the executor on a scripted server.</summary>
    public class DncPhoneResponseParserTests
    {
        [Theory]
        [InlineData("72b-add_dnc_phone-campaign", false, "5557000180", "TESTCAMP", true)]
        [InlineData("72c-add_dnc_phone-campaign-again", false, "5557000180", "TESTCAMP", false)]
        [InlineData("72d-add_dnc_phone-system", false, "5557000181", "SYSTEM_INTERNAL", true)]
        [InlineData("72e-add_dnc_phone-system-again", false, "5557000181", "SYSTEM_INTERNAL", false)]
        [InlineData("73b-delete_dnc_phone-campaign", true, "5557000180", "TESTCAMP", true)]
        [InlineData("73c-delete_dnc_phone-campaign-again", true, "5557000180", "TESTCAMP", false)]
        [InlineData("73d-delete_dnc_phone-system", true, "5557000181", "SYSTEM_INTERNAL", true)]
        [InlineData("73j-delete_dnc_phone-plus1-entry", true, "15557000183", "SYSTEM_INTERNAL", true)]
        public void Reads_a_change_and_a_repeat_as_answers(string capture, bool remove, string phone, string campaign, bool changed)
        {
            DncPhoneAnswer answer = DncPhoneResponseParser.Parse(Fixtures.Body(capture), remove ? DncChange.Remove : DncChange.Add, phone, campaign, Secrets.Redactor);
            Assert.Equal(changed, answer.Changed);
            Assert.Equal(phone, answer.Entry);
            Assert.Equal(campaign, answer.CampaignId);
        }

        [Fact]
        public void An_answer_about_another_entry_than_the_one_sent_is_an_error_not_a_result()
        {
            // 72j: '+1 (555) 700-0183' was stored as 15557000183; an answer naming another entry is never taken as this one's.
            var wrong = Assert.Throws<VicidialProtocolException>(() =>
                DncPhoneResponseParser.Parse(Fixtures.Body("72j-add_dnc_phone-plus1-formatted"), DncChange.Add, "5557000183", "SYSTEM_INTERNAL", Secrets.Redactor));
            Assert.False(wrong.IsTransient);
            Assert.Contains("15557000183", wrong.Message);
        }

        [Fact]
        public void A_refusal_of_the_fields_is_a_definite_error_and_a_cut_or_empty_answer_may_be_retried()
        {
            var refused = Assert.Throws<VicidialProtocolException>(() =>
                DncPhoneResponseParser.Parse(Fixtures.Body("72g-add_dnc_phone-short-phone"), DncChange.Add, "55570", "TESTCAMP", Secrets.Redactor));
            Assert.False(refused.IsTransient);
            Assert.Contains("YOU MUST USE ALL REQUIRED FIELDS", refused.Message);

            string cut = Fixtures.Body("72d-add_dnc_phone-system").TrimEnd('\n');
            Assert.True(Assert.Throws<VicidialProtocolException>(() => DncPhoneResponseParser.Parse(cut, DncChange.Add, "5557000181", "SYSTEM_INTERNAL", Secrets.Redactor)).IsTransient);
            Assert.True(Assert.Throws<VicidialProtocolException>(() => DncPhoneResponseParser.Parse("", DncChange.Add, "5557000181", "SYSTEM_INTERNAL", Secrets.Redactor)).IsTransient);
            // An add's answer is not a delete's.
            Assert.Throws<VicidialProtocolException>(() => DncPhoneResponseParser.Parse(Fixtures.Body("72d-add_dnc_phone-system"), DncChange.Remove, "5557000181", "SYSTEM_INTERNAL", Secrets.Redactor));
        }

        [Fact]
        public async Task An_HTTP_500_whose_body_is_the_answer_is_taken_as_the_answer_and_not_sent_again()
        {
            var clock = new ManualClock();
            var transport = new ScriptedTransport(clock);
            transport.Fail(new VicidialTransportException("HTTP 500", isTimeout: false, statusCode: 500) { Body = Fixtures.Body("72d-add_dnc_phone-system") });
            var executor = new DncPhoneExecutor(new ApiRequestRunner(transport, clock: clock), DncChange.Add, "SYSTEM_INTERNAL");

            DncPhoneOutcome outcome = await executor.RunAsync(InputValue.PhoneNumber("5557000181", "5557000181", "1"), CancellationToken.None);

            Assert.Null(outcome.Error);
            Assert.True(Assert.Single(outcome.Answers).Changed);
            Assert.Single(transport.Sent);
            Assert.Contains(outcome.Log, line => line.Contains("HTTP 500"));
        }
    }
}
