using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Functions.LeadSearch;
using VicidialLeads.Input;
using VicidialLeads.Policy;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests.Functions
{
    /// <summary>Truncated decided from the real server's answers (captures 08, 09), byte for byte.</summary>
    public class LeadSearchExecutorTests
    {
        private readonly ManualClock _clock = new ManualClock();

        private string? _recordsAsked;

        private async Task<NumberOutcome> SearchBusyNumberAsync(int records, string captureAnswer)
        {
            var transport = new ScriptedTransport(_clock);
            transport.Answer(Fixtures.Body(captureAnswer));
            var executor = new LeadSearchExecutor(new ApiRequestRunner(transport, null, CancellationToken.None, _clock), new LeadSearchOptions(records, archived: false));
            var batcher = new InputBatcher(10);
            batcher.Add(InputValue.PhoneNumber("3125550000", "3125550000", PhoneNumberRules.DefaultPhoneCode));
            Task<LeadSearchBatchOutcome> searching = executor.RunAsync(batcher.Flush()!, CancellationToken.None);
            await _clock.RunUntilCompletedAsync(searching);
            Assert.Empty(transport.Unscripted);
            _recordsAsked = transport.SentFields.Single().Single(field => field.Key == "records").Value;
            return (await searching).Numbers["3125550000"];
        }

        [Fact]
        public async Task A_number_with_more_leads_than_the_cap_is_truncated_exactly()
        {
            // -Records 999 asks records=1000: the server's answer of 1,000 ids (08) holds one more than wanted.
            NumberOutcome cut = await SearchBusyNumberAsync(999, "08-lead_search-busy-default");
            Assert.Equal("1000", _recordsAsked);
            Assert.True(cut.Truncated);
            Assert.Equal(999, cut.LeadIds!.Count);
            Assert.Equal(3500, cut.LeadIds[0]);
        }

        [Fact]
        public async Task A_number_with_no_more_leads_than_the_cap_is_not_truncated()
        {
            // -Records 1999 asks records=2000: the server's answer (09) holds all 1,500 ids, fewer than asked.
            NumberOutcome whole = await SearchBusyNumberAsync(1999, "09-lead_search-busy-records2000");
            Assert.Equal("2000", _recordsAsked);
            Assert.False(whole.Truncated);
            Assert.Equal(1500, whole.LeadIds!.Count);
            Assert.Equal(Enumerable.Range(2001, 1500).Reverse().Select(i => (long)i), whole.LeadIds);
        }
    }
}
