/** What the details panel says while nothing is selected. */
export function DetailsHint() {
  return (
    <p className="hint">
      Select a strike or a mission on the map or in the list to see its details.
    </p>
  );
}
