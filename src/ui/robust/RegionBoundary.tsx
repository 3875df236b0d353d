import { Component, type ErrorInfo, type ReactNode } from "react";
import { hashWithout } from "@/lib/link-parts";

interface Props {
  /** The region's name as users know it: "map", "list and details", "timeline". */
  readonly region: string;
  /** Link keys this region reads; the reload offered drops them (e.g. ["measure"]). */
  readonly linkKeys: readonly string[];
  readonly children: ReactNode;
  /** Where the reload goes (tests); default: the current page. */
  readonly reload?: (url: string) => void;
}

interface State {
  readonly error: Error | undefined;
}

/**
 * Keeps one region's failure to itself: instead of blanking the page, the region says what
 * failed, that the rest still works, and offers to try again or to reload without the link's
 * parts it reads. The message is rendered as text.
 */
export class RegionBoundary extends Component<Props, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`Nearmiss: the ${this.props.region} failed`, error, info.componentStack);
  }

  private reloadWithout = () => {
    const { pathname, search, hash } = window.location;
    const url = `${pathname}${search}${hashWithout(hash, this.props.linkKeys)}`;
    if (this.props.reload) this.props.reload(url);
    else {
      window.history.replaceState(null, "", url);
      window.location.reload();
    }
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { region, linkKeys } = this.props;
    const hasParts = linkKeys.some((k) => new RegExp(`(^#|&)${k}=`).test(window.location.hash));
    return (
      <div className="region-error" role="alert">
        <p>
          The {region} failed: {error.message.slice(0, 300) || error.name}. The rest of the page
          still works.
        </p>
        <div className="region-error-actions">
          <button type="button" onClick={() => this.setState({ error: undefined })}>
            Try again
          </button>
          {hasParts ? (
            <button type="button" onClick={this.reloadWithout}>
              Reload without the link’s {linkKeys.join(", ")}
            </button>
          ) : null}
        </div>
      </div>
    );
  }
}
