import { Component, type ErrorInfo, type ReactNode } from "react";
import type { MessageKey } from "@/i18n/translator";
import { hashWithout } from "@/lib/link-parts";
import { useI18n } from "../use-i18n";

interface Props {
  /** The message naming the region as users know it ("map", "list and details", "timeline"). */
  readonly region: MessageKey;
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
      <RegionError
        region={region}
        message={error.message.slice(0, 300) || error.name}
        retry={() => this.setState({ error: undefined })}
        reloadWithout={hasParts ? this.reloadWithout : undefined}
        linkKeys={linkKeys}
      />
    );
  }
}

interface RegionErrorProps {
  readonly region: MessageKey;
  readonly message: string;
  readonly retry: () => void;
  readonly reloadWithout: (() => void) | undefined;
  readonly linkKeys: readonly string[];
}

/** The failed region's message and actions, in the language on show. */
function RegionError({ region, message, retry, reloadWithout, linkKeys }: RegionErrorProps) {
  const { t } = useI18n();
  return (
    <div className="region-error" role="alert">
      <p>{t("region.failed", { region: t(region), message })}</p>
      <div className="region-error-actions">
        <button type="button" onClick={retry}>
          {t("region.retry")}
        </button>
        {reloadWithout ? (
          <button type="button" onClick={reloadWithout}>
            {t("region.reloadWithout", { keys: linkKeys.join(", ") })}
          </button>
        ) : null}
      </div>
    </div>
  );
}
