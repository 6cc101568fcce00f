using System.Management.Automation;
using VicidialLeads.Input;

namespace VicidialLeads.Pipeline
{
    /// <summary>
    /// The rows Search-VicidialLead -AppendResult writes, one per input row in input order: a row with several phone
    /// columns once, after its last one (<see cref="AppendedRowParts"/>).
    /// </summary>
    internal sealed class AppendedRows
    {
        private readonly AppendedRowParts _parts = new AppendedRowParts();
        private readonly LeadSearchMethod _method;
        private readonly bool _archived;
        private bool _noticeGiven;

        public AppendedRows(LeadSearchMethod method, bool archived)
        {
            _method = method;
            _archived = archived;
        }

        /// <summary>Said once in -Verbose when an input row already had a column of an appended name; null until then and after.</summary>
        public string? Notice { get; private set; }

        /// <summary>The row to write for <paramref name="input"/>, or null while its row waits for its other phone columns.</summary>
        public PSObject? Next(InputValue input, LeadSearchResult? result, string? error)
        {
            Notice = null;
            if (input.Parts > 1)
            {
                _parts.Add(result, error);
                if (input.Part < input.Parts) return null;
                (result, error) = _parts.Take(_method, _archived);
            }
            string valueColumn = _method == LeadSearchMethod.VendorLeadCode ? "VendorLeadCode" : "PhoneNumber";
            PSObject row = AppendedResult.Create(input.InputObject, valueColumn, result, error, _archived, out bool replaced);
            if (replaced && !_noticeGiven)
            {
                _noticeGiven = true;
                Notice = $"The input already has a column named {AppendedResult.RecordsFound}, {AppendedResult.LeadIds}, {AppendedResult.Truncated} or {AppendedResult.SearchError}: its values are replaced by this search's.";
            }
            return row;
        }
    }
}
