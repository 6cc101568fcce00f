using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Functions.LeadSearch;
using VicidialLeads.Input;
using VicidialLeads.Policy;

namespace VicidialLeads.Functions.LeadAllInfo
{
    /// <summary>
    /// Every lead id of a phone number, newest first, from lead_search: for a number whose leads lead_all_info cannot
    /// give in one answer (more than its 1,000, or one of them holding a quote that makes the server fail).
    /// </summary>
    internal sealed class LeadIdFinder
    {
        /// <summary>As many ids as a number can sensibly have; lead_search applies it as its SQL LIMIT.</summary>
        private const int AllLeads = 1_000_000;

        private readonly ApiRequestRunner _runner;

        public LeadIdFinder(ApiRequestRunner runner) => _runner = runner;

        public Task<long[]> FindAsync(InputValue phoneNumber, List<string> log, CancellationToken cancellation)
        {
            var options = new LeadSearchOptions(AllLeads, phoneNumber.Archived);
            string key = phoneNumber.Key!;
            return _runner.SendAsync(LeadSearchRequest.Function, LeadSearchRequest.Fields(options, key, LeadSearchRequest.Limit(options, 1)),
                $"the lead ids of phone number {key}",
                response => LeadSearchResponseParser.Parse(response.Body, new[] { key }, _runner.Client.Redactor).LeadIdsByKey[key],
                ids => CountWording.Of(ids.Length, "lead id"), log, cancellation);
        }
    }
}
