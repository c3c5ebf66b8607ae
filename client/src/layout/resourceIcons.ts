/**
 * The Material icon names the resource definitions use, mapped to their components. Each icon
 * is imported on its own: the whole icon set would add megabytes to the bundle. A name not
 * listed here falls back to a folder; add it here when a definition starts using it.
 */
import type { ComponentType } from 'react';
import AccountTree from '@mui/icons-material/AccountTree';
import Campaign from '@mui/icons-material/Campaign';
import Email from '@mui/icons-material/Email';
import Event from '@mui/icons-material/Event';
import Factory from '@mui/icons-material/Factory';
import FactCheck from '@mui/icons-material/FactCheck';
import Folder from '@mui/icons-material/Folder';
import History from '@mui/icons-material/History';
import Insights from '@mui/icons-material/Insights';
import Inventory2 from '@mui/icons-material/Inventory2';
import ListAlt from '@mui/icons-material/ListAlt';
import LocalOffer from '@mui/icons-material/LocalOffer';
import MenuBook from '@mui/icons-material/MenuBook';
import Newspaper from '@mui/icons-material/Newspaper';
import Payments from '@mui/icons-material/Payments';
import People from '@mui/icons-material/People';
import PhoneCallback from '@mui/icons-material/PhoneCallback';
import ReceiptLong from '@mui/icons-material/ReceiptLong';
import ShoppingCart from '@mui/icons-material/ShoppingCart';
import SupportAgent from '@mui/icons-material/SupportAgent';

const ICONS: Record<string, ComponentType> = {
  AccountTree,
  Campaign,
  Email,
  Event,
  Factory,
  FactCheck,
  History,
  Insights,
  Inventory2,
  ListAlt,
  LocalOffer,
  MenuBook,
  Newspaper,
  Payments,
  People,
  PhoneCallback,
  ReceiptLong,
  ShoppingCart,
  SupportAgent,
};

export function resourceIcon(name: string | undefined): ComponentType {
  return (name && ICONS[name]) || Folder;
}
