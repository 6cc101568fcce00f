using System.Collections.Generic;
using VicidialLeads.Input;

namespace VicidialLeads.Functions.PhoneNumberLog
{
    /// <summary>Input values in input order, and the distinct numbers among them (both forms of each) to ask about.</summary>
    internal sealed class CallLogBatch
    {
        public CallLogBatch(IReadOnlyList<InputValue> inputs, IReadOnlyList<string> distinctKeys)
        {
            Inputs = inputs;
            DistinctKeys = distinctKeys;
        }

        public IReadOnlyList<InputValue> Inputs { get; }
        public IReadOnlyList<string> DistinctKeys { get; }
    }
}
