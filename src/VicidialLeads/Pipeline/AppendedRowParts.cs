using System.Collections.Generic;
using VicidialLeads.Input;

namespace VicidialLeads.Pipeline
{
    /// <summary>
    /// The results of one input row with several phone columns, gathered for -AppendResult: the row is written once,
    /// with the leads of all its numbers (newest first, each once) and the errors of any, each naming its column.
    /// </summary>
    internal sealed class AppendedRowParts
    {
        private readonly List<LeadSearchResult> _results = new List<LeadSearchResult>();
        private readonly List<string> _errors = new List<string>();

        public void Add(LeadSearchResult? result, string? error)
        {
            if (result != null) _results.Add(result);
            if (error != null) _errors.Add(error);
        }

        /// <summary>The row's merged result (null when no column was searched) and its errors (null when none), then starts over.</summary>
        public (LeadSearchResult? Result, string? Error) Take(LeadSearchMethod method, bool archived)
        {
            LeadSearchResult? merged = null;
            if (_results.Count > 0)
            {
                List<long> ids = new List<long>();
                bool truncated = false;
                var keys = new List<string>();
                foreach (LeadSearchResult result in _results)
                {
                    ids = PhoneNumberForms.MergeNewestFirst(ids, result.LeadIds, id => id);
                    truncated |= result.Truncated;
                    keys.Add(method == LeadSearchMethod.VendorLeadCode ? result.VendorLeadCode : result.PhoneNumber);
                }
                LeadSearchResult first = _results[0];
                merged = new LeadSearchResult(method, string.Join(", ", keys), first.InputValue, LeadIdList.Wrap(ids.ToArray()), archived, truncated, first.InputObject);
            }
            string? error = _errors.Count > 0 ? string.Join(" ", _errors) : null;
            _results.Clear();
            _errors.Clear();
            return (merged, error);
        }
    }
}
