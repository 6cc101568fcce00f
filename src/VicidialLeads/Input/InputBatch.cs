using System.Collections.Generic;

namespace VicidialLeads.Input
{
    /// <summary>Input values in input order, and the distinct keys among them to ask the server about.</summary>
    internal sealed class InputBatch
    {
        public InputBatch(IReadOnlyList<InputValue> inputs, IReadOnlyList<string> distinctKeys)
        {
            Inputs = inputs;
            DistinctKeys = distinctKeys;
        }

        public IReadOnlyList<InputValue> Inputs { get; }
        public IReadOnlyList<string> DistinctKeys { get; }
    }
}
